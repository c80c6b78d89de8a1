import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { Gig } from './gig.entity';

export const BOOKING_STATUSES = ['booked', 'withdrawn', 'completed', 'no_show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** A seeker's place on a gig. One row per seeker and gig; withdrawing and booking again reuse it. */
@Entity({ name: 'bookings' })
@Index('uq_bookings_gig_seeker', ['gigId', 'seekerId'], { unique: true })
@Index('ix_bookings_seeker_id', ['seekerId'])
@Check('ck_bookings_status', `status IN ('booked', 'withdrawn', 'completed', 'no_show')`)
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

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: User;

  @Column({ type: 'text', default: 'booked' })
  status: BookingStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
