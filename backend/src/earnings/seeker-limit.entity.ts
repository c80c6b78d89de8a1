import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { LimitRule } from './limit-rule.entity';

/** A limit that applies to a seeker, as they (or their coordinator) chose it. */
@Entity({ name: 'seeker_limits' })
@Check('ck_seeker_limits_mode', `mode IN ('show', 'warn', 'never')`)
export class SeekerLimit {
  @PrimaryColumn({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: User;

  @PrimaryColumn({ type: 'text' })
  ruleKey: string;

  @ManyToOne(() => LimitRule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rule_key' })
  rule?: LimitRule;

  /** The first day of one of the seeker's 4-week periods (for 4-week rules). */
  @Column({ type: 'date', nullable: true })
  anchor: string | null;

  /** The seeker's own limit, where the rule needs one. */
  @Column({ type: 'integer', nullable: true })
  personalAmountCents: number | null;

  /**
   * What the seeker wants done about a gig that would take them over: just show it, warn before they accept
   * (ask for a confirmation), or never offer them such gigs (matching leaves them out).
   */
  @Column({ type: 'text', default: 'warn' })
  mode: 'show' | 'warn' | 'never';

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** That the seeker (or their coordinator) has chosen their limits: none chosen is a choice, unlike never choosing. */
@Entity({ name: 'seeker_limit_choices' })
export class SeekerLimitChoice {
  @PrimaryColumn({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: User;

  @UpdateDateColumn({ type: 'timestamptz' })
  chosenAt: Date;
}
