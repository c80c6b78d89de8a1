import {
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
import type { GigAction, GigStatus } from './gig.lifecycle';

/** Every change of a gig's status: what, who (null: the system's clock), when. Append-only. */
@Entity({ name: 'gig_status_changes' })
@Index('ix_gig_status_changes_gig_id', ['gigId', 'changedAt'])
export class GigStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  gigId: string;

  @ManyToOne(() => Gig, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gig_id' })
  gig?: Gig;

  @Column({ type: 'text', nullable: true })
  fromStatus: GigStatus | null;

  @Column({ type: 'text' })
  toStatus: GigStatus;

  @Column({ type: 'text' })
  action: GigAction | 'create';

  /** The person, or null for the system (the gig's clock). */
  @Column({ type: 'uuid', nullable: true })
  changedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt: Date;

  /** Order of the changes, also between changes made at the same instant. */
  @Column({ type: 'bigint', insert: false, update: false, select: false })
  @Generated('increment')
  seq: string;
}
