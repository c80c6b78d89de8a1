// All writes of the coordination feature: the participation-path notes coordinators keep on seekers.
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
}
