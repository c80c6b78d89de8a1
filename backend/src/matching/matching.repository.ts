import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxService } from '../platform/outbox/outbox.service';
import { QUEUE_PORT, QueuePort } from '../platform/queues/queue.port';
import type { GigCategory } from '../gigs/gig.entity';

export interface WaveGig {
  id: string;
  category: GigCategory;
  status: string;
  startsAt: Date;
  open: number;
}

@Injectable()
export class MatchingRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
    @Inject(QUEUE_PORT) private readonly queues: QueuePort,
    private readonly manager: EntityManager = db.manager,
  ) {}

  transaction<T>(fn: (tx: MatchingRepository) => Promise<T>): Promise<T> {
    return this.db.transaction((m) => fn(new MatchingRepository(this.db, this.outbox, this.queues, m)));
  }

  emitMatched(gigId: string, seekerIds: string[], wave: number): Promise<string> {
    return this.outbox.emit(this.manager, 'gig.matched', { gigId, seekerIds, wave });
  }

  /** The gig with its open places, locked so two runs of one wave cannot both pick seekers. */
  async gig(gigId: string): Promise<WaveGig | null> {
    const rows: WaveGig[] = await this.manager.query(
      `SELECT g.id, g.category, g.status, g.starts_at AS "startsAt",
              g.places - (SELECT count(*) FROM bookings b WHERE b.gig_id = g.id AND b.status IN ('booked', 'completed'))::int AS open
       FROM gigs g WHERE g.id = $1 FOR UPDATE`,
      [gigId],
    );
    return rows[0] ?? null;
  }

  async waveDone(gigId: string, wave: number): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      'SELECT 1 FROM matches WHERE gig_id = $1 AND wave = $2 LIMIT 1',
      [gigId, wave],
    );
    return rows.length > 0;
  }

  /**
   * Seekers not yet told about this gig and not booked on it: first those who asked for this kind of work,
   * then those who asked for every kind; the least recently matched first, so gigs spread across people.
   */
  async candidates(gigId: string, category: GigCategory, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT u.id FROM users u
       LEFT JOIN match_preferences p ON p.user_id = u.id
       WHERE u.role = 'seeker'
         AND (p.user_id IS NULL OR cardinality(p.categories) = 0 OR $2 = ANY(p.categories))
         AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.gig_id = $1 AND m.seeker_id = u.id)
         AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.gig_id = $1 AND b.seeker_id = u.id)
       ORDER BY (p.user_id IS NOT NULL AND $2 = ANY(p.categories)) DESC,
                (SELECT max(m2.created_at) FROM matches m2 WHERE m2.seeker_id = u.id) ASC NULLS FIRST,
                u.created_at, u.id
       LIMIT $3`,
      [gigId, category, limit],
    );
    return rows.map((r) => r.id);
  }

  async insertMatches(gigId: string, seekerIds: string[], wave: number): Promise<void> {
    if (!seekerIds.length) return;
    await this.manager.query(
      `INSERT INTO matches (gig_id, seeker_id, wave) SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING`,
      [gigId, seekerIds, wave],
    );
  }

  scheduleWave(gigId: string, wave: number, delayMs: number): Promise<void> {
    return this.queues.add(
      'matching',
      'wave',
      { gigId, wave },
      { jobId: `wave-${gigId}-${wave}`, delay: delayMs },
    );
  }

  async categories(userId: string): Promise<GigCategory[]> {
    const rows: { categories: GigCategory[] }[] = await this.manager.query(
      'SELECT categories FROM match_preferences WHERE user_id = $1',
      [userId],
    );
    return rows[0]?.categories ?? [];
  }

  async setCategories(userId: string, categories: GigCategory[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO match_preferences (user_id, categories) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET categories = EXCLUDED.categories, updated_at = now()`,
      [userId, categories],
    );
  }
}
