import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A fixture feature's own table. */
@Entity({ name: 'fixture_notes' })
export class FixtureNote {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) authorId: string;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'timestamptz', nullable: true }) heardAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) echoedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** What its migration would do (a real feature generates one into src/migrations). */
export const CREATE_TABLE = `CREATE TABLE fixture_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(), author_id uuid NOT NULL, text text NOT NULL,
  heard_at timestamptz, echoed_at timestamptz, created_at timestamptz NOT NULL DEFAULT now())`;
