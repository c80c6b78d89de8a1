// All writes of the privacy feature: the erasure requests.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface ErasureRequestRow {
  id: string;
  seekerId: string;
  requestedAt: Date;
  carriedOutAt: Date | null;
}

const COLUMNS = `id, seeker_id AS "seekerId", requested_at AS "requestedAt", carried_out_at AS "carriedOutAt"`;

@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Asking again while a request is open changes nothing. */
  async request(seekerId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO erasure_requests (seeker_id) VALUES ($1)
       ON CONFLICT (seeker_id) WHERE carried_out_at IS NULL DO NOTHING`,
      [seekerId],
    );
  }

  async latestOf(seekerId: string): Promise<ErasureRequestRow | null> {
    const rows: ErasureRequestRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM erasure_requests WHERE seeker_id = $1 ORDER BY requested_at DESC LIMIT 1`,
      [seekerId],
    );
    return rows[0] ?? null;
  }

  /** The request, locked for carrying it out. */
  async lock(m: EntityManager, id: string): Promise<ErasureRequestRow | null> {
    const rows: ErasureRequestRow[] = await m.query(
      `SELECT ${COLUMNS} FROM erasure_requests WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Done, with the words still to scrub from the queues kept until that has been done too. */
  async markCarriedOut(m: EntityManager, id: string, by: string, queueNeedles: string[]): Promise<void> {
    await m.query(
      `UPDATE erasure_requests SET carried_out_at = now(), carried_out_by = $2, queue_needles = $3 WHERE id = $1`,
      [id, by, queueNeedles],
    );
  }

  /** Carried-out requests whose queues have not been scrubbed yet, oldest first. */
  async pendingQueueScrubs(): Promise<{ id: string; needles: string[] }[]> {
    return this.db.query(
      `SELECT id, queue_needles AS needles FROM erasure_requests WHERE queue_needles IS NOT NULL
       ORDER BY carried_out_at`,
    );
  }

  async queuesScrubbed(id: string): Promise<void> {
    await this.db.query(`UPDATE erasure_requests SET queue_needles = NULL WHERE id = $1`, [id]);
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
