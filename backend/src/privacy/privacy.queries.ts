// Read model: everything the service holds about one seeker, for their download, and the open erasure requests
// with the seekers' names, for the coordinators. It reads the tables of every feature and writes nothing.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

type Row = Record<string, unknown>;

export interface PersonalData {
  profile: Row | null;
  workProfile: Row | null;
  card: Row | null;
  bookings: Row[];
  completions: Row[];
  feedback: Row[];
  messages: Row[];
  ledger: Row[];
  limits: Row[];
  notices: Row[];
  pathNotes: Row[];
  selfAssessments: Row[];
}

export interface OpenErasure {
  id: string;
  seekerId: string;
  name: string;
  email: string | null;
  requestedAt: Date;
}

@Injectable()
export class PrivacyQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async personalData(seekerId: string): Promise<PersonalData> {
    const all = async (sql: string): Promise<Row[]> =>
      ((await this.db.query(sql, [seekerId])) as { r: Row }[]).map((x) => x.r);
    const one = async (sql: string) => (await all(sql))[0] ?? null;
    return {
      profile: await one(
        `SELECT json_build_object('id', id, 'name', name, 'email', email, 'role', role, 'locale', locale,
           'createdAt', created_at) AS r FROM users WHERE id = $1`,
      ),
      workProfile: await one(`SELECT to_jsonb(t) AS r FROM match_preferences t WHERE user_id = $1`),
      card: await one(`SELECT to_jsonb(t) AS r FROM help_cards t WHERE seeker_id = $1`),
      bookings: await all(
        `SELECT to_jsonb(b) || jsonb_build_object('gigTitle', g.title, 'startsAt', g.starts_at, 'endsAt', g.ends_at) AS r
         FROM bookings b JOIN gigs g ON g.id = b.gig_id WHERE b.seeker_id = $1 ORDER BY b.created_at`,
      ),
      completions: await all(
        `SELECT to_jsonb(t) AS r FROM completions t WHERE seeker_id = $1 ORDER BY work_date`,
      ),
      feedback: await all(
        `SELECT to_jsonb(f) AS r FROM feedback f JOIN bookings b ON b.id = f.booking_id
         WHERE b.seeker_id = $1 ORDER BY f.created_at`,
      ),
      messages: await all(
        `SELECT to_jsonb(t) AS r FROM gig_messages t WHERE sender_id = $1 ORDER BY created_at`,
      ),
      ledger: await all(
        `SELECT to_jsonb(t) AS r FROM ledger_entries t WHERE seeker_id = $1 ORDER BY payment_date, recorded_at`,
      ),
      limits: await all(
        `SELECT to_jsonb(t) AS r FROM seeker_limits t WHERE seeker_id = $1 ORDER BY rule_key`,
      ),
      notices: await all(
        `SELECT to_jsonb(t) AS r FROM notifications t WHERE user_id = $1 ORDER BY created_at`,
      ),
      pathNotes: await all(`SELECT to_jsonb(t) AS r FROM path_notes t WHERE seeker_id = $1 ORDER BY day`),
      selfAssessments: await all(
        `SELECT to_jsonb(t) AS r FROM work_ability_assessments t WHERE seeker_id = $1 ORDER BY day`,
      ),
    };
  }

  openErasures(): Promise<OpenErasure[]> {
    return this.db.query(
      `SELECT r.id, r.seeker_id AS "seekerId", u.name, u.email, r.requested_at AS "requestedAt"
       FROM erasure_requests r JOIN users u ON u.id = r.seeker_id
       WHERE r.carried_out_at IS NULL ORDER BY r.requested_at`,
    );
  }

  /** The words to erase: read inside the erasure's transaction, before anything changes. */
  async identity(
    m: EntityManager,
    seekerId: string,
  ): Promise<{ name: string; email: string | null; texts: string[] } | null> {
    const rows: { name: string; email: string | null }[] = await m.query(
      `SELECT name, email FROM users WHERE id = $1`,
      [seekerId],
    );
    if (!rows[0]) return null;
    const texts: { t: string }[] = await m.query(
      `SELECT body AS t FROM gig_messages WHERE sender_id = $1
       UNION ALL SELECT text || ' ' || times || ' ' || district FROM help_cards WHERE seeker_id = $1
       UNION ALL SELECT accessibility_needs FROM match_preferences WHERE user_id = $1
       UNION ALL SELECT note FROM path_notes WHERE seeker_id = $1
       UNION ALL SELECT skills_shown || ' ' || went_well || ' ' || practise_next || ' ' || note
         FROM feedback f JOIN bookings b ON b.id = f.booking_id WHERE b.seeker_id = $1
       UNION ALL SELECT dispute_reason || ' ' || resolution_note FROM completions WHERE seeker_id = $1`,
      [seekerId],
    );
    return { ...rows[0], texts: texts.map((x) => x.t) };
  }
}
