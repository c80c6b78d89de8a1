import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';

/** The coordinator a seeker has: their limit alerts go to them (to every coordinator while none is set). */
@Entity({ name: 'seeker_coordinators' })
@Index('ix_seeker_coordinators_coordinator', ['coordinatorId'])
export class SeekerCoordinator {
  @PrimaryColumn({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: User;

  @Column({ type: 'uuid' })
  coordinatorId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'coordinator_id' })
  coordinator?: User;

  @Column({ type: 'uuid', nullable: true })
  assignedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  assignedAt: Date;
}
