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
import { User } from '../accounts/user.entity';
import { GigCategoryRow } from './gig-category.entity';
import type { GigStatus } from './gig.lifecycle';

export { GIG_STATUSES, type GigStatus } from './gig.lifecycle';

/** A kind of work: a code of the managed list in gig_categories. */
export type GigCategory = string;
/** The codes the managed list starts with (migration GigsCore); the list itself lives in gig_categories. */
export const GIG_CATEGORIES = [
  'yard',
  'moving',
  'cleaning',
  'events',
  'errands',
  'snow',
  'it',
  'repairs',
  'other',
] as const;

export const TIME_KINDS = ['fixed', 'window'] as const;
export type TimeKind = (typeof TIME_KINDS)[number];
export const PAY_KINDS = ['per_gig', 'per_hour'] as const;
export type PayKind = (typeof PAY_KINDS)[number];
export const SELECTIONS = ['first_come', 'choose'] as const;
export type Selection = (typeof SELECTIONS)[number];
export const PHYSICAL_LOADS = ['light', 'moderate', 'heavy'] as const;
export type PhysicalLoad = (typeof PHYSICAL_LOADS)[number];
export const SETTINGS = ['indoors', 'outdoors', 'both'] as const;
export type Setting = (typeof SETTINGS)[number];

/**
 * A short paid task an organisation posts. Pay is gross, in integer cents: for the whole gig per person
 * (`per_gig`) or per hour (`per_hour`). Time is either fixed (`starts_at`–`ends_at` is when the work is done) or
 * a window (the work is done some time between them; `ends_at` is the deadline).
 */
@Entity({ name: 'gigs' })
@Index('ix_gigs_status_starts_at', ['status', 'startsAt'])
@Index('ix_gigs_organisation_id', ['organisationId'])
@Index('ix_gigs_series_id', ['seriesId'])
@Check(
  'ck_gigs_status',
  `status IN ('draft', 'published', 'full', 'in_progress', 'done', 'closed', 'cancelled', 'expired')`,
)
@Check('ck_gigs_pay_cents', `pay_cents >= 0`)
@Check('ck_gigs_places', `places BETWEEN 1 AND 50`)
@Check('ck_gigs_time_order', `ends_at > starts_at`)
@Check('ck_gigs_time_kind', `time_kind IN ('fixed', 'window')`)
@Check('ck_gigs_pay_kind', `pay_kind IN ('per_gig', 'per_hour')`)
@Check('ck_gigs_selection', `selection IN ('first_come', 'choose')`)
@Check('ck_gigs_physical_load', `physical_load IN ('light', 'moderate', 'heavy')`)
@Check('ck_gigs_setting', `setting IN ('indoors', 'outdoors', 'both')`)
@Check('ck_gigs_estimated_minutes', `estimated_minutes BETWEEN 15 AND 1440`)
@Check('ck_gigs_postal_code', `postal_code ~ '^[0-9]{5}$'`)
@Check(
  'ck_gigs_coordinates',
  `(latitude IS NULL) = (longitude IS NULL) AND (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180))`,
)
@Check('ck_gigs_withdraw_hours', `withdraw_hours BETWEEN 0 AND 168`)
@Check('ck_gigs_attendance_hours', `attendance_hours BETWEEN 0 AND 72`)
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

  @ManyToOne(() => GigCategoryRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category', referencedColumnName: 'code' })
  categoryRow?: GigCategoryRow;

  // Place: the district and postal code are shown to everyone; the street address only to booked seekers.

  @Column({ type: 'text' })
  district: string;

  @Column({ type: 'text', nullable: true })
  postalCode: string | null;

  @Column({ type: 'text', nullable: true })
  streetAddress: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  // Time

  @Column({ type: 'text', default: 'fixed' })
  timeKind: TimeKind;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  /** How long the work takes, as the organisation estimates it. */
  @Column({ type: 'integer' })
  estimatedMinutes: number;

  // Pay

  @Column({ type: 'text', default: 'per_gig' })
  payKind: PayKind;

  /** Gross: for the gig per person, or per hour. */
  @Column({ type: 'integer' })
  payCents: number;

  @Column({ type: 'integer', default: 1 })
  places: number;

  /** First to accept gets the place, or the organisation picks among applicants. */
  @Column({ type: 'text', default: 'first_come' })
  selection: Selection;

  // Requirements

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  skills: string[];

  /** Languages the work needs (ISO 639-1 codes). */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  languages: string[];

  @Column({ type: 'text', default: 'light' })
  physicalLoad: PhysicalLoad;

  @Column({ type: 'text', default: 'outdoors' })
  setting: Setting;

  @Column({ type: 'boolean', default: false })
  toolsProvided: boolean;

  @Column({ type: 'text', default: '' })
  accessibilityNotes: string;

  // Contact person on site

  @Column({ type: 'text', default: '' })
  contactName: string;

  /** Shown only to booked seekers. */
  @Column({ type: 'text', default: '' })
  contactPhone: string;

  // Supported gig: welcomes a person with partial work ability.

  @Column({ type: 'boolean', default: false })
  supported: boolean;

  /** The named person on site who guides. */
  @Column({ type: 'text', default: '' })
  supportPerson: string;

  /** The task split into steps, breaks, anything that helps. */
  @Column({ type: 'text', default: '' })
  supportNotes: string;

  // Rules for the people who take it

  /** A booked seeker may withdraw until this many hours before the start. */
  @Column({ type: 'integer', default: 24 })
  withdrawHours: number;

  /** A booked seeker confirms "I'm coming" by this many hours before the start (0: not asked). */
  @Column({ type: 'integer', default: 12 })
  attendanceHours: number;

  @Column({ type: 'text', default: 'draft' })
  status: GigStatus;

  /** Gigs made by "repeat weekly" share a series. */
  @Column({ type: 'uuid', nullable: true })
  seriesId: string | null;

  @Column({ type: 'uuid', nullable: true })
  copiedFromId: string | null;

  @ManyToOne(() => Gig, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'copied_from_id' })
  copiedFrom?: Gig;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: User;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
