// All writes of the matching feature: waves, matches, seekers' kinds of work, and the events it emits.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxService } from '../platform/outbox/outbox.service';
import { DomainEvents } from '../platform/outbox/events';
import type { GigCategory } from '../gigs/gig.entity';
import { Candidate, CandidateQueries } from './candidates.queries';
import type { WorkProfileDto } from './dto';
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

  /**
   * Claims a wave out of turn, for the event that woke it (a freed place): the gig's next wave number, or null
   * when that event's wave was claimed already. Two events of one gig at the same moment may race for the same
   * number; the loser tells no one, and the regular next wave still comes.
   */
  async claimWaveFor(gigId: string, eventId: string): Promise<number | null> {
    const rows: { wave: number }[] = await this.manager.query(
      `INSERT INTO match_waves (gig_id, wave, cause_event_id)
       SELECT $1, coalesce(max(wave), 0) + 1, $2 FROM match_waves WHERE gig_id = $1
       ON CONFLICT DO NOTHING RETURNING wave`,
      [gigId, eventId],
    );
    return rows[0]?.wave ?? null;
  }

  emitProfileChanged(seekerId: string): Promise<string> {
    return this.outbox.emit(this.manager, 'work_profile.changed', { seekerId });
  }

  candidates(gigId: string, limit: number, seekerId: string | null = null): Promise<Candidate[]> {
    return this.reads.candidates(this.manager, gigId, limit, seekerId);
  }

  /** Keeps the matches; returns the seekers newly matched (a repeat matches no one twice). */
  async insertMatches(gigId: string, picked: Candidate[], wave: number): Promise<string[]> {
    if (!picked.length) return [];
    const rows: { seeker_id: string }[] = await this.manager.query(
      `INSERT INTO matches (gig_id, seeker_id, wave, reasons)
       SELECT $1, c.seeker_id, $3, ARRAY(SELECT jsonb_array_elements_text(c.reasons))
       FROM jsonb_to_recordset($2::jsonb) AS c(seeker_id uuid, reasons jsonb)
       ON CONFLICT DO NOTHING RETURNING seeker_id`,
      [gigId, JSON.stringify(picked.map((c) => ({ seeker_id: c.seekerId, reasons: c.reasons }))), wave],
    );
    return rows.map((r) => r.seeker_id);
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

  async profile(userId: string): Promise<WorkProfileDto> {
    const rows: WorkProfileDto[] = await this.manager.query(
      `SELECT categories, postal_codes AS "postalCodes", travel, home_latitude AS "homeLatitude",
         home_longitude AS "homeLongitude", max_km AS "maxKm", skills, languages, availability,
         ARRAY(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(days_off) d ORDER BY d) AS "daysOff",
         max_load AS "maxLoad", accessibility_needs AS "accessibilityNeeds", wants_supported AS "wantsSupported",
         birth_year AS "birthYear"
       FROM match_preferences WHERE user_id = $1`,
      [userId],
    );
    return (
      rows[0] ?? {
        categories: [],
        postalCodes: [],
        travel: 'nearby',
        homeLatitude: null,
        homeLongitude: null,
        maxKm: null,
        skills: [],
        languages: [],
        availability: [],
        daysOff: [],
        maxLoad: 'heavy',
        accessibilityNeeds: '',
        wantsSupported: false,
        birthYear: null,
      }
    );
  }

  async setProfile(userId: string, p: WorkProfileDto): Promise<void> {
    await this.manager.query(
      `INSERT INTO match_preferences (user_id, categories, postal_codes, travel, skills, languages, availability,
         days_off, max_load, accessibility_needs, wants_supported, birth_year, home_latitude, home_longitude, max_km)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date[], $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (user_id) DO UPDATE SET categories = EXCLUDED.categories, postal_codes = EXCLUDED.postal_codes,
         travel = EXCLUDED.travel, skills = EXCLUDED.skills, languages = EXCLUDED.languages,
         availability = EXCLUDED.availability, days_off = EXCLUDED.days_off, max_load = EXCLUDED.max_load,
         accessibility_needs = EXCLUDED.accessibility_needs, wants_supported = EXCLUDED.wants_supported,
         birth_year = EXCLUDED.birth_year, home_latitude = EXCLUDED.home_latitude,
         home_longitude = EXCLUDED.home_longitude, max_km = EXCLUDED.max_km, updated_at = now()`,
      [
        userId,
        p.categories,
        p.postalCodes,
        p.travel,
        p.skills,
        p.languages,
        p.availability,
        p.daysOff,
        p.maxLoad,
        p.accessibilityNeeds,
        p.wantsSupported,
        p.birthYear ?? null,
        p.homeLatitude ?? null,
        p.homeLongitude ?? null,
        p.maxKm ?? null,
      ],
    );
  }
}
