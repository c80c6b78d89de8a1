import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One notice of one event to one person on one channel. The unique key makes a retried job find the delivery
 * it already made instead of making another.
 */
@Entity({ name: 'deliveries' })
@Index('uq_deliveries_key_user_channel', ['dedupeKey', 'userId', 'channel'], { unique: true })
@Check('ck_deliveries_channel', `channel IN ('mail', 'in_app')`)
@Check('ck_deliveries_status', `status IN ('pending', 'sent')`)
export class Delivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** What is delivered: an event id, or a key such as `remind-24h-<booking id>` for scheduled notices. */
  @Column({ type: 'text' })
  dedupeKey: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  channel: 'mail' | 'in_app';

  @Column({ type: 'text', default: 'pending' })
  status: 'pending' | 'sent';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
