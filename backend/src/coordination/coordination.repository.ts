// All writes of the coordination feature: the participation-path notes coordinators keep on seekers, and the
// seekers' work-ability self-assessments.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PathStep } from './path-note.entity';

@Injectable()
export class CoordinationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertPathNote(n: {
    seekerId: string;
    step: PathStep;
    day: string;
    note: string;
    recordedBy: string;
  }): Promise<string> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO path_notes (seeker_id, step, day, note, recorded_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [n.seekerId, n.step, n.day, n.note, n.recordedBy],
    );
    return rows[0].id;
  }

  /** One assessment a day: answering again the same day replaces that day's answers. */
  async upsertWorkAbility(a: {
    seekerId: string;
    day: string;
    coping: number;
    routines: number;
    confidence: number;
    skills: number;
  }): Promise<void> {
    await this.db.query(
      `INSERT INTO work_ability_assessments (seeker_id, day, coping, routines, confidence, skills)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (seeker_id, day) DO UPDATE SET coping = EXCLUDED.coping, routines = EXCLUDED.routines,
         confidence = EXCLUDED.confidence, skills = EXCLUDED.skills`,
      [a.seekerId, a.day, a.coping, a.routines, a.confidence, a.skills],
    );
  }
}
