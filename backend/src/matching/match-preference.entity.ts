import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import type { GigCategory } from '../gigs/gig.entity';

/** What kinds of gigs a seeker wants to hear about. No row, or no categories, means every kind. */
@Entity({ name: 'match_preferences' })
export class MatchPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  categories: GigCategory[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
