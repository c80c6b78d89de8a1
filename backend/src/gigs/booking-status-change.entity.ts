import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Booking, BookingStatus } from './booking.entity';

/** Every change of a booking's status: what, who (null: the system), when, and why. Append-only. */
@Entity({ name: 'booking_status_changes' })
@Index('ix_booking_status_changes_booking_id', ['bookingId', 'changedAt'])
export class BookingStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  bookingId: string;

  @ManyToOne(() => Booking, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  booking?: Booking;

  @Column({ type: 'text', nullable: true })
  fromStatus: BookingStatus | null;

  @Column({ type: 'text' })
  toStatus: BookingStatus;

  @Column({ type: 'uuid', nullable: true })
  changedBy: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt: Date;

  /** Order of the changes, also between changes made at the same instant. */
  @Column({ type: 'bigint', insert: false, update: false, select: false })
  @Generated('increment')
  seq: string;
}
