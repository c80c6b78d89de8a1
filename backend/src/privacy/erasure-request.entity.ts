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
 * A seeker's request to be erased, and when a coordinator carried it out. One open request per person. The row
 * stays after the erasure as the record that it was done (it holds no personal data, except `queueNeedles` for
 * as long as the queues have not been scrubbed).
 */
@Entity({ name: 'erasure_requests' })
@Index('uq_erasure_requests_open', ['seekerId'], { unique: true, where: 'carried_out_at IS NULL' })
export class ErasureRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  carriedOutAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  carriedOutBy: string | null;

  /**
   * The words still to scrub from the kept jobs in Redis, written by the erasure's transaction and cleared once
   * the queues are scrubbed: if Redis is away at the erasure, the scrub is retried later and not lost.
   */
  @Column({ type: 'text', array: true, nullable: true })
  queueNeedles: string[] | null;
}
