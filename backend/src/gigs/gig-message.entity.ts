import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Gig } from './gig.entity';

/** A message in a gig's thread between its organisation and the seekers who hold (or held) a place on it. */
@Entity({ name: 'gig_messages' })
@Index('ix_gig_messages_gig_id', ['gigId', 'createdAt'])
@Check('ck_gig_messages_body', `char_length(body) BETWEEN 1 AND 2000`)
export class GigMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  gigId: string;

  @ManyToOne(() => Gig, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gig_id' })
  gig?: Gig;

  @Column({ type: 'uuid', nullable: true })
  senderId: string | null;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The thread's order, also between messages sent at the same instant. */
  @Column({ type: 'bigint', insert: false, update: false, select: false })
  @Generated('increment')
  seq: string;
}
