import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Marks a one-time data load (the demo) as done, so a restart does not load it again. */
@Entity({ name: 'seed_runs' })
export class SeedRun {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  ranAt: Date;
}
