import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OCCUPYING_STATUSES } from './booking.rules';
import { User } from '../accounts/user.entity';
import { Gig } from './gig.entity';

export const BOOKING_STATUSES = [
  'applied',
  'waitlisted',
  'booked',
  'declined',
  'withdrawn',
  'released',
  'cancelled',
  'completed',
  'no_show',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** A booking in one of these is the seeker's live one on the gig: at most one each (a unique index). */
export const LIVE_BOOKING_STATUSES = ['applied', 'waitlisted', 'booked', 'completed', 'no_show'] as const;

export const WITHDRAW_REASONS = ['health', 'other'] as const;
export type WithdrawReason = (typeof WITHDRAW_REASONS)[number];

/**
 * A seeker's place on a gig, or their application for one. Taking a place again after withdrawing makes a new
 * row, so a booking keeps its history; `booking_status_changes` records every change of a row.
 * `during` is the gig's time while the booking holds a place on a fixed-time gig: the exclusion constraint
 * keeps one seeker from holding two places at overlapping times, whatever races the application loses.
 */
@Entity({ name: 'bookings' })
@Index('uq_bookings_live', ['gigId', 'seekerId'], {
  unique: true,
  where: `status IN ('applied', 'waitlisted', 'booked', 'completed', 'no_show')`,
})
@Index('ix_bookings_seeker_id', ['seekerId', 'createdAt'])
@Index('ix_bookings_gig_id', ['gigId', 'status'])
// Counting a gig's occupied places from the index alone (the coordinators' fill rate over many gigs).
@Index('ix_bookings_occupying', ['gigId'], {
  where: `status IN (${OCCUPYING_STATUSES.map((s) => `'${s}'`).join(', ')})`,
})
@Check(
  'ck_bookings_status',
  `status IN ('applied', 'waitlisted', 'booked', 'declined', 'withdrawn', 'released', 'cancelled', 'completed', 'no_show')`,
)
@Check('ck_bookings_withdraw_reason', `withdraw_reason IS NULL OR withdraw_reason IN ('health', 'other')`)
@Exclusion(
  'ex_bookings_no_overlap',
  `USING gist ("seeker_id" WITH =, "during" WITH &&) WHERE (status = 'booked')`,
)
export class Booking {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  gigId: string;

  @ManyToOne(() => Gig, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gig_id' })
  gig?: Gig;

  @Column({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: User;

  @Column({ type: 'text', default: 'booked' })
  status: BookingStatus;

  /** The gig's time while this booking holds a place on a fixed-time gig; otherwise null. */
  @Column({ type: 'tstzrange', nullable: true })
  during: string | null;

  /** When the seeker confirmed "I'm coming". */
  @Column({ type: 'timestamptz', nullable: true })
  attendanceConfirmedAt: Date | null;

  /** Why the seeker withdrew: a cancellation for health reasons never counts against reliability. */
  @Column({ type: 'text', nullable: true })
  withdrawReason: WithdrawReason | null;

  /** Order of arrival: the waitlist, applicants and people lists follow it, even when two taps share an instant. */
  @Column({ type: 'bigint', insert: false, update: false, select: false })
  @Generated('increment')
  seq: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
