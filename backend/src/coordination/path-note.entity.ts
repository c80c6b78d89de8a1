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

/** The steps of the participation path (osallisuuspolku), as the Finnish participation-path models record them. */
export const PATH_STEPS = [
  'first_meeting',
  'coaching',
  'group_activity',
  'first_gig',
  'regular_gigs',
  'work',
  'studies',
  'other_path',
] as const;
export type PathStep = (typeof PATH_STEPS)[number];
/** The steps that count as moving on, in the funders' indicator. */
export const MOVED_ON_STEPS: readonly PathStep[] = ['work', 'studies'];

/**
 * A coordinator's note on a seeker's participation path: a step and the day it was reached. Only coordinators
 * see them. The seeker's id stays when their account is erased (the figures stay true); the free text goes.
 */
@Entity({ name: 'path_notes' })
@Index('ix_path_notes_seeker_day', ['seekerId', 'day'])
@Check(
  'ck_path_notes_step',
  `step IN ('first_meeting', 'coaching', 'group_activity', 'first_gig', 'regular_gigs', 'work', 'studies', 'other_path')`,
)
export class PathNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: User;

  @Column({ type: 'text' })
  step: PathStep;

  @Column({ type: 'date' })
  day: string;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
