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
import { Organisation } from '../accounts/organisation.entity';

export const GIG_CATEGORIES = ['yard', 'moving', 'events', 'errands', 'cleaning', 'snow', 'it'] as const;
export type GigCategory = (typeof GIG_CATEGORIES)[number];
export const GIG_STATUSES = ['draft', 'published', 'cancelled', 'completed', 'expired'] as const;
export type GigStatus = (typeof GIG_STATUSES)[number];

/** A short paid task an organisation posts. Pay is gross, in integer cents, for the whole gig per person. */
@Entity({ name: 'gigs' })
@Index('ix_gigs_status_starts_at', ['status', 'startsAt'])
@Index('ix_gigs_organisation_id', ['organisationId'])
@Check('ck_gigs_category', `category IN ('yard', 'moving', 'events', 'errands', 'cleaning', 'snow', 'it')`)
@Check('ck_gigs_status', `status IN ('draft', 'published', 'cancelled', 'completed', 'expired')`)
@Check('ck_gigs_pay_cents', `pay_cents >= 0`)
@Check('ck_gigs_places', `places >= 1`)
@Check('ck_gigs_time_order', `ends_at > starts_at`)
export class Gig {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  category: GigCategory;

  /** Where the work is, at the level a seeker decides on (a district or a town), not a street address. */
  @Column({ type: 'text' })
  area: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'integer' })
  payCents: number;

  @Column({ type: 'integer', default: 1 })
  places: number;

  @Column({ type: 'text', default: 'draft' })
  status: GigStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
