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
 * An in-app notice. Stored as a kind and its parameters, and worded when shown, in the reader's language of
 * the moment. `dedupeKey` (e.g. the event id) makes a repeated job add nothing.
 */
@Entity({ name: 'notifications' })
@Index('uq_notifications_user_dedupe', ['userId', 'dedupeKey'], { unique: true })
@Index('ix_notifications_user_unread', ['userId', 'createdAt'], { where: 'read_at IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'jsonb' })
  params: Record<string, string | number>;

  /** Where the notice leads, a path of the web app. */
  @Column({ type: 'text' })
  link: string;

  @Column({ type: 'text' })
  dedupeKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** Set when a daily digest has mailed this notice, so the next digest does not repeat it. */
  @Column({ type: 'timestamptz', nullable: true })
  digestedAt: Date | null;
}
