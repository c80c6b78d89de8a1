import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One alert per seeker, rule, period and threshold: its key makes a second one impossible. */
@Entity({ name: 'limit_alerts' })
export class LimitAlert {
  @PrimaryColumn({ type: 'uuid' })
  seekerId: string;

  @PrimaryColumn({ type: 'text' })
  ruleKey: string;

  /** The first day of the period. */
  @PrimaryColumn({ type: 'date' })
  periodStart: string;

  /** Percent of the limit: 80 or 100. */
  @PrimaryColumn({ type: 'integer' })
  threshold: number;

  @Column({ type: 'integer' })
  amountCents: number;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}
