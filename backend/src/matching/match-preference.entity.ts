import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import type { GigCategory, PhysicalLoad } from '../gigs/gig.entity';

export const TRAVEL = ['own_area', 'nearby', 'anywhere'] as const;
export type Travel = (typeof TRAVEL)[number];
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY_PARTS = ['am', 'pm', 'eve'] as const;
/** A weekly time a seeker is free: a weekday and a part of the day (am before 12, pm 12–17, eve from 17). */
export const SLOTS = DAYS.flatMap((d) => DAY_PARTS.map((p) => `${d}-${p}`));

/**
 * The seeker's work profile: what kinds of work, where, when, what they can take on. Matching's hard filters
 * and score read it. An empty field filters nothing: a new seeker hears of every gig, as before.
 */
@Entity({ name: 'match_preferences' })
@Check('ck_match_preferences_travel', `travel IN ('own_area', 'nearby', 'anywhere')`)
@Check('ck_match_preferences_max_load', `max_load IN ('light', 'moderate', 'heavy')`)
@Check(
  'ck_match_preferences_home',
  `(home_latitude IS NULL) = (home_longitude IS NULL) AND (home_latitude IS NULL OR (home_latitude BETWEEN 59 AND 71 AND home_longitude BETWEEN 19 AND 32))`,
)
@Check('ck_match_preferences_max_km', `max_km IS NULL OR max_km BETWEEN 1 AND 300`)
@Check('ck_match_preferences_birth_year', `birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100`)
export class MatchPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  categories: GigCategory[];

  /** Postal codes of the areas the seeker works in; empty: anywhere. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  postalCodes: string[];

  /** own_area: those postal codes only; nearby: the same 3-digit postal area too; anywhere. */
  @Column({ type: 'text', default: 'nearby' })
  travel: Travel;

  /**
   * An optional home point, rounded to 0.01° (about a kilometre: where a person lives is not kept more exactly),
   * so that a gig with coordinates can say how far it is and `maxKm` can leave out those too far.
   */
  @Column({ type: 'double precision', nullable: true })
  homeLatitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  homeLongitude: number | null;

  /** The farthest the seeker can travel, in km as the crow flies from the home point; null: no limit. */
  @Column({ type: 'integer', nullable: true })
  maxKm: number | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  skills: string[];

  /** ISO 639-1 codes; a gig fits when it lists one of them. Empty: any. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  languages: string[];

  /** Weekly free times (SLOTS); empty: any time. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  availability: string[];

  /** Days off (YYYY-MM-DD, Helsinki), never offered. */
  @Column({ type: 'date', array: true, default: () => `'{}'` })
  daysOff: string[];

  @Column({ type: 'text', default: 'heavy' })
  maxLoad: PhysicalLoad;

  @Column({ type: 'text', default: '' })
  accessibilityNeeds: string;

  /** Would like supported gigs: they are offered first. */
  @Column({ type: 'boolean', default: false })
  wantsSupported: boolean;

  /** For the funders' reports (ages 18–29). */
  @Column({ type: 'integer', nullable: true })
  birthYear: number | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
