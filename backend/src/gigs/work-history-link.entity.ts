import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../accounts/user.entity';

/**
 * A link a seeker shares to their work history and references (for a CV). Only a keyed hash of its token is
 * kept; the seeker revokes it when they wish.
 */
@Entity({ name: 'work_history_links' })
@Index('uq_work_history_links_token_hash', ['tokenHash'], { unique: true })
@Index('ix_work_history_links_seeker_id', ['seekerId'])
export class WorkHistoryLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: User;

  @Column({ type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
