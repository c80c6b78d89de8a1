import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../accounts/user.entity';

export const ENTRY_KINDS = ['gig', 'outside', 'correction'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * The earnings ledger: append-only (a trigger refuses UPDATE and DELETE). A gig's entry comes from its confirmed
 * completion, once per booking; outside earnings are recorded by the seeker or a coordinator; a correction
 * reverses an entry with a reason.
 */
@Entity({ name: 'ledger_entries' })
@Index('ix_ledger_entries_seeker', ['seekerId', 'paymentDate'])
// The project's pay by payment day, for the coordinators' figures and reports (an index-only range scan).
@Index('ix_ledger_entries_project_pay', ['paymentDate', 'seekerId', 'amountCents'], {
  where: 'gig_id IS NOT NULL',
})
@Index('uq_ledger_entries_booking', ['bookingId'], { unique: true, where: `kind = 'gig'` })
@Index('uq_ledger_entries_reverses', ['reverses'], { unique: true, where: 'reverses IS NOT NULL' })
@Check('ck_ledger_entries_kind', `kind IN ('gig', 'outside', 'correction')`)
@Check('ck_ledger_entries_dates', `payment_date >= work_date`)
@Check('ck_ledger_entries_amount', `amount_cents BETWEEN -10000000 AND 10000000`)
export class LedgerEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: User;

  @Column({ type: 'text' })
  kind: EntryKind;

  @Column({ type: 'text' })
  payerName: string;

  @Column({ type: 'uuid', nullable: true })
  payerOrganisationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  gigId: string | null;

  @Column({ type: 'uuid', nullable: true })
  bookingId: string | null;

  /** Gross, in cents; negative for a correction that reverses an entry. */
  @Column({ type: 'integer' })
  amountCents: number;

  @Column({ type: 'date' })
  workDate: string;

  @Column({ type: 'date' })
  paymentDate: string;

  @Column({ type: 'uuid', nullable: true })
  reverses: string | null;

  @Column({ type: 'text', default: '' })
  reason: string;

  /** Who recorded it; null: the system (a confirmed completion). */
  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
