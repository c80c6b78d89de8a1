import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { PeriodKind } from '../platform/core/helsinki';
import type { Allocation, Effect } from './limits';

/** An earnings limit: what it is, its period and how earnings count. Its amounts live in its versions. */
@Entity({ name: 'limit_rules' })
export class LimitRule {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  kind: 'benefit' | 'programme' | 'other';

  @Column({ type: 'text' })
  period: PeriodKind;

  @Column({ type: 'text' })
  allocation: Allocation;

  /** The seeker gives a figure of their own (an aid's or a pension's personal limit). */
  @Column({ type: 'boolean', default: false })
  personal: boolean;

  @Column({ type: 'jsonb' })
  names: { fi: string; sv: string; en: string };

  @Column({ type: 'text', default: '' })
  source: string;
}

/**
 * One version of a rule, valid from a day until the next version's first day. A change in the law is a new
 * version; which one applies is decided by the first day of the period.
 */
@Entity({ name: 'limit_rule_versions' })
@Index('ix_limit_rule_versions_rule', ['ruleKey', 'validFrom'], { unique: true })
export class LimitRuleVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  ruleKey: string;

  @ManyToOne(() => LimitRule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rule_key' })
  rule?: LimitRule;

  @Column({ type: 'integer' })
  amountCents: number;

  @Column({ type: 'text' })
  effect: Effect;

  /** Basis points of the excess the benefit falls by (5000 = 50 %). */
  @Column({ type: 'integer', default: 0 })
  reductionRateBp: number;

  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
