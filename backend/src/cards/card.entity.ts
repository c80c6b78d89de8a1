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
import type { GigCategory } from '../gigs/gig.entity';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A seeker's "I can help with" card: what they can do, where and when. One per seeker, hidden until they
 * publish it; verified organisations see a visible card with the seeker's first name only.
 */
@Entity({ name: 'help_cards' })
@Index('uq_help_cards_seeker_id', ['seekerId'], { unique: true })
@Index('ix_help_cards_visible_published', ['publishedAt', 'id'], { where: 'visible' })
@Check('ck_help_cards_text', `char_length(text) BETWEEN 1 AND 500`)
@Check('ck_help_cards_times', `char_length(times) <= 200`)
@Check('ck_help_cards_district', `char_length(district) <= 100`)
@Check('ck_help_cards_published', `NOT visible OR published_at IS NOT NULL`)
export class HelpCard {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: User;

  /** What they can do, in their own words. */
  @Column({ type: 'text' })
  text: string;

  /** Codes of the managed list of kinds of work (gig_categories). */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  categories: GigCategory[];

  /** Postal codes of the areas they can work in; empty: anywhere. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  postalCodes: string[];

  /** The districts in words ("Keskusta, Itätulli"). */
  @Column({ type: 'text', default: '' })
  district: string;

  /** Weekdays they are usually free; empty: ask. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  weekdays: Weekday[];

  /** When, in their own words ("weekday mornings"). */
  @Column({ type: 'text', default: '' })
  times: string;

  @Column({ type: 'boolean', default: false })
  visible: boolean;

  /** When the card was last made visible: organisations see the newest first. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
