import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Gig } from '../gigs/gig.entity';

/**
 * A wave of matching that has run for a gig. Inserting it claims the wave: a second run of the same wave (a
 * retried job, or two workers at once) finds it taken and tells no one.
 */
@Entity({ name: 'match_waves' })
@Index('ux_match_waves_cause', ['causeEventId'], { unique: true })
export class MatchWave {
  @PrimaryColumn({ type: 'uuid' })
  gigId: string;

  @PrimaryColumn({ type: 'integer' })
  wave: number;

  @ManyToOne(() => Gig, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gig_id' })
  gig?: Gig;

  /** The event that woke this wave out of turn (a freed place): a retried event finds its wave taken. */
  @Column({ type: 'uuid', nullable: true })
  causeEventId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  ranAt: Date;
}
