// All writes of the matching feature: waves, matches, seekers' kinds of work, and the events it emits.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxService } from '../platform/outbox/outbox.service';
import { DomainEvents } from '../platform/outbox/events';
import type { GigCategory } from '../gigs/gig.entity';
import { CandidateQueries } from './candidates.queries';
import './matching.events';

@Injectable()
export class MatchingRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly reads: CandidateQueries,
    private readonly manager: EntityManager = db.manager,
  ) {}

  transaction<T>(fn: (tx: MatchingRepository) => Promise<T>): Promise<T> {
    return this.db.transaction((m) => fn(new MatchingRepository(this.db, this.outbox, this.reads, m)));
  }

  emitMatched(payload: DomainEvents['gig.matched']): Promise<string> {
    return this.outbox.emit(this.manager, 'gig.matched', payload);
  }

  /** Claims the wave; false when it has run already (or is running in another transaction that commits). */
  async claimWave(gigId: string, wave: number): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO match_waves (gig_id, wave) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING wave`,
      [gigId, wave],
    );
    return rows.length > 0;
  }

  candidates(gigId: string, category: GigCategory, limit: number): Promise<string[]> {
    return this.reads.candidates(this.manager, gigId, category, limit);
  }

  async insertMatches(gigId: string, seekerIds: string[], wave: number): Promise<void> {
    if (!seekerIds.length) return;
    await this.manager.query(
      `INSERT INTO matches (gig_id, seeker_id, wave) SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING`,
      [gigId, seekerIds, wave],
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
