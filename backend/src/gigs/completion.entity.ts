import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Booking } from './booking.entity';

export const COMPLETION_STATUSES = ['reported', 'confirmed', 'disputed', 'annulled'] as const;
export type CompletionStatus = (typeof COMPLETION_STATUSES)[number];

/**
 * What one person did on a gig and was paid, as the organisation reported it after the gig. The seeker
 * confirms or disputes it within 7 days; after that it is confirmed for them. A dispute goes to the
 * coordinators, who settle it with the agreed figures (confirmed) or annul it (no pay was due).
 */
@Entity({ name: 'completions' })
@Index('ix_completions_gig_id', ['gigId'])
@Index('ix_completions_seeker_id', ['seekerId', 'workDate'])
@Index('ix_completions_open', ['reportedAt'], { where: `status IN ('reported', 'disputed')` })
// Confirmed work by work day, for the coordinators' figures and reports (an index-only range scan).
@Index('ix_completions_confirmed_work_date', ['workDate', 'seekerId', 'gigId', 'minutes'], {
  where: `status = 'confirmed'`,
})
@Check('ck_completions_status', `status IN ('reported', 'confirmed', 'disputed', 'annulled')`)
@Check('ck_completions_minutes', `minutes BETWEEN 0 AND 1440`)
@Check('ck_completions_amount', `amount_cents BETWEEN 0 AND 1000000`)
@Check('ck_completions_dates', `payment_date >= work_date`)
export class Completion {
  @PrimaryColumn({ type: 'uuid' })
  bookingId: string;

  @OneToOne(() => Booking, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  booking?: Booking;

  @Column({ type: 'uuid' })
  gigId: string;

  @Column({ type: 'uuid' })
  seekerId: string;

  @Column({ type: 'text', default: 'reported' })
  status: CompletionStatus;

  @Column({ type: 'integer' })
  minutes: number;

  /** Gross pay in integer cents. */
  @Column({ type: 'integer' })
  amountCents: number;

  @Column({ type: 'date' })
  workDate: string;

  @Column({ type: 'date' })
  paymentDate: string;

  @Column({ type: 'uuid', nullable: true })
  reportedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  reportedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ type: 'text', default: '' })
  disputeReason: string;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  /** Confirmed because the seeker did not answer in 7 days. */
  @Column({ type: 'boolean', default: false })
  automatic: boolean;

  @Column({ type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @Column({ type: 'text', default: '' })
  resolutionNote: string;
}
