// Read model: who could be told about a gig. It reads the accounts feature's users and the gigs feature's
// bookings alongside matching's own tables, so it is declared here and only reads.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { GigCategory } from '../gigs/gig.entity';

@Injectable()
export class CandidateQueries {
  /**
   * Seekers not yet told about this gig and not booked on it: first those who asked for this kind of work,
   * then those who asked for every kind; the least recently matched first, so gigs spread across people.
   */
  async candidates(m: EntityManager, gigId: string, category: GigCategory, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
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
}
