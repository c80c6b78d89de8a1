import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Gig } from '../gigs/gig.entity';

/**
 * A seeker told about a gig, in the wave that told them. The key makes a repeated wave tell no one twice. The
 * seeker's matches by time serve For you and matching's "least recently told" (its newest, by one index probe).
 */
@Entity({ name: 'matches' })
@Index('ix_matches_seeker_told', ['seekerId', 'createdAt'])
export class Match {
  @PrimaryColumn({ type: 'uuid' })
  gigId: string;

  @PrimaryColumn({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => Gig, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gig_id' })
  gig?: Gig;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: User;

  @Column({ type: 'integer' })
  wave: number;

  /** Why the seeker was chosen (category, area, free, skills, supported), shown to them. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  reasons: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
