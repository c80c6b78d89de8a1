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
import { Booking } from './booking.entity';

export const SKILLS_GREW = ['yes', 'somewhat', 'no'] as const;
export type SkillsGrew = (typeof SKILLS_GREW)[number];

/**
 * Short feedback after a gig, once from each side. The organisation's says how it went (punctuality, quality,
 * skills shown, what went well, what to practise next) and becomes the seeker's reference; the seeker's says
 * whether the gig was as described and whether it strengthened their work-life skills (the funders ask).
 */
@Entity({ name: 'feedback' })
@Index('uq_feedback_booking_author', ['bookingId', 'authorRole'], { unique: true })
@Check('ck_feedback_author_role', `author_role IN ('organisation', 'seeker')`)
@Check('ck_feedback_punctuality', `punctuality IS NULL OR punctuality BETWEEN 1 AND 5`)
@Check('ck_feedback_quality', `quality IS NULL OR quality BETWEEN 1 AND 5`)
@Check('ck_feedback_skills_grew', `skills_grew IS NULL OR skills_grew IN ('yes', 'somewhat', 'no')`)
export class Feedback {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  bookingId: string;

  @ManyToOne(() => Booking, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  booking?: Booking;

  @Column({ type: 'text' })
  authorRole: 'organisation' | 'seeker';

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'smallint', nullable: true })
  punctuality: number | null;

  @Column({ type: 'smallint', nullable: true })
  quality: number | null;

  @Column({ type: 'text', default: '' })
  skillsShown: string;

  @Column({ type: 'text', default: '' })
  wentWell: string;

  @Column({ type: 'text', default: '' })
  practiseNext: string;

  @Column({ type: 'boolean', nullable: true })
  asDescribed: boolean | null;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'text', nullable: true })
  skillsGrew: SkillsGrew | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
