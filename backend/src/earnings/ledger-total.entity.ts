import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';

/**
 * Running totals of the ledger: one row per seeker, limit and period, kept in the same transaction as each
 * ledger entry (and rebuilt for a seeker when their limits change), so that the coordinators' headroom list
 * and matching's "never take me over" filter read one row per seeker and limit instead of summing the ledger.
 * Derived data: the ledger stays the truth (docs/decisions/008-earnings-ledger.md).
 */
@Entity({ name: 'ledger_totals' })
@Index('ix_ledger_totals_current', ['periodEnd'])
export class LedgerTotal {
  @PrimaryColumn({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: User;

  @PrimaryColumn({ type: 'text' })
  ruleKey: string;

  /** The first day of the period. */
  @PrimaryColumn({ type: 'date' })
  periodStart: string;

  /** The day after the last (periods are half-open). */
  @Column({ type: 'date' })
  periodEnd: string;

  /** The sum of the entries the rule counts in the period, in cents. */
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  totalCents: number;
}
