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
import { Gig } from '../gigs/gig.entity';

/**
 * An organisation invited the seeker of a card to one of its gigs. One row per gig and seeker, so inviting
 * again changes nothing and the seeker hears of it once.
 */
@Entity({ name: 'card_invitations' })
@Index('uq_card_invitations_gig_seeker', ['gigId', 'seekerId'], { unique: true })
@Index('ix_card_invitations_seeker_id', ['seekerId', 'createdAt'])
export class CardInvitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  gigId: string;

  @ManyToOne(() => Gig, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gig_id' })
  gig?: Gig;

  @Column({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: User;

  @Column({ type: 'uuid' })
  organisationId: string;

  /** The member who invited. */
  @Column({ type: 'uuid', nullable: true })
  invitedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
