// Read model: the pay a seeker can expect from places they hold (the gigs feature's bookings and gigs), and
// one gig's expected pay, for the "what this gig does" figures. Declared here; it only reads.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { expectedPaySql } from '../gigs/pay.rules';
import { limitAmountSql, periodStartSql } from './limit-periods.sql';
import type { LedgerEntry } from './limits';

export interface HeadroomFilter {
  /** The start of a postal code the seeker works in. */
  area?: string;
  /** A coordinator's id, or 'none' for seekers with no coordinator. */
  coordinator?: string;
  limit: number;
  offset: number;
}

export interface HeadroomRow {
  seekerId: string;
  name: string;
  postalCodes: string[];
  coordinatorName: string | null;
  ruleKey: string;
  names: { fi: string; sv: string; en: string };
  periodStart: string;
  limitCents: number;
  earnedCents: number;
  headroomCents: number;
  percentUsed: number;
}

/**
 * Every seeker's limits in the period holding $1 (the chosen ones, else the defaults $2), with the amount in
 * force and the confirmed total from ledger_totals; per seeker the limit they are closest to (or most over),
 * then the seekers in that order. A limit of 0 € (every euro counts) has no headroom and is left out.
 */
const HEADROOM = `
WITH sk AS (
  SELECT u.id, u.name, coalesce(mp.postal_codes, '{}') AS postal_codes, cu.name AS coordinator_name
  FROM users u
  LEFT JOIN match_preferences mp ON mp.user_id = u.id
  LEFT JOIN seeker_coordinators sc ON sc.seeker_id = u.id
  LEFT JOIN users cu ON cu.id = sc.coordinator_id
  WHERE u.role = 'seeker'
    AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM unnest(mp.postal_codes) pc WHERE left(pc, length($3)) = $3))
    AND ($4::text IS NULL OR ($4 = 'none' AND sc.coordinator_id IS NULL) OR sc.coordinator_id::text = $4)
), lim AS (
  SELECT sl.seeker_id, sl.rule_key, sl.anchor, sl.personal_amount_cents FROM seeker_limits sl JOIN sk ON sk.id = sl.seeker_id
  UNION ALL
  SELECT sk.id, k.key, NULL::date, NULL::int FROM sk CROSS JOIN unnest($2::text[]) k(key)
  WHERE NOT EXISTS (SELECT 1 FROM seeker_limit_choices c WHERE c.seeker_id = sk.id)
), cur AS (
  SELECT lim.seeker_id, lim.rule_key, p.start, lim.personal_amount_cents
  FROM lim JOIN limit_rules r ON r.key = lim.rule_key
  CROSS JOIN LATERAL (SELECT ${periodStartSql('r.period', '$1::date', 'lim.anchor')} AS start) p
  WHERE p.start IS NOT NULL
), amounts AS (
  -- The amount in force per rule and period start: a handful of pairs, looked up once each.
  SELECT x.rule_key, x.start, ${limitAmountSql('x.rule_key', 'NULL::int', 'x.start')} AS amount
  FROM (SELECT DISTINCT rule_key, start FROM cur) x
), scored AS (
  SELECT DISTINCT ON (c.seeker_id) c.seeker_id, c.rule_key, c.start,
    coalesce(c.personal_amount_cents, a.amount) AS amount, coalesce(t.total_cents, 0)::int AS earned
  FROM cur c JOIN amounts a ON a.rule_key = c.rule_key AND a.start = c.start
  LEFT JOIN ledger_totals t ON t.seeker_id = c.seeker_id AND t.rule_key = c.rule_key AND t.period_start = c.start
  WHERE coalesce(c.personal_amount_cents, a.amount) > 0
  ORDER BY c.seeker_id, coalesce(t.total_cents, 0)::numeric / coalesce(c.personal_amount_cents, a.amount) DESC,
    coalesce(c.personal_amount_cents, a.amount) - coalesce(t.total_cents, 0), c.rule_key
)
SELECT s.seeker_id AS "seekerId", sk.name, sk.postal_codes AS "postalCodes", sk.coordinator_name AS "coordinatorName",
  s.rule_key AS "ruleKey", r.names, to_char(s.start, 'YYYY-MM-DD') AS "periodStart", s.amount AS "limitCents",
  s.earned AS "earnedCents", s.amount - s.earned AS "headroomCents",
  floor(s.earned * 100.0 / s.amount)::int AS "percentUsed"
FROM scored s JOIN sk ON sk.id = s.seeker_id JOIN limit_rules r ON r.key = s.rule_key
ORDER BY s.earned::numeric / s.amount DESC, s.amount - s.earned, sk.name, s.seeker_id
LIMIT $5 OFFSET $6`;

const helsinkiDay = (col: string) => `to_char(${col} AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD')`;

@Injectable()
export class EarningsQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Places held and not yet done: their expected pay, counted on the gig's first day (work and payment);
   * leaving out `exceptGigId`, the gig being looked at.
   */
  projected(seekerId: string, exceptGigId: string | null = null): Promise<LedgerEntry[]> {
    return this.db.query(
      `SELECT ${expectedPaySql('g')} AS "amountCents", ${helsinkiDay('g.starts_at')} AS "workDate",
         ${helsinkiDay('g.starts_at')} AS "paymentDate"
       FROM bookings b JOIN gigs g ON g.id = b.gig_id
       WHERE b.seeker_id = $1 AND b.status = 'booked' AND g.status IN ('published', 'full', 'in_progress', 'done')
         AND g.id IS DISTINCT FROM $2::uuid`,
      [seekerId, exceptGigId],
    );
  }

  /** A gig a seeker may see, with its expected pay and first day; null when there is none. */
  async gig(gigId: string): Promise<{ amountCents: number; day: string } | null> {
    const rows = await this.db.query(
      `SELECT ${expectedPaySql('g')} AS "amountCents", ${helsinkiDay('g.starts_at')} AS day
       FROM gigs g WHERE g.id = $1 AND g.status <> 'draft'`,
      [gigId],
    );
    return rows[0] ?? null;
  }

  /** Whether the seeker holds a place on the gig (then its pay is already among the projected). */
  async holds(gigId: string, seekerId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM bookings WHERE gig_id = $1 AND seeker_id = $2 AND status = 'booked'`,
      [gigId, seekerId],
    );
    return rows.length > 0;
  }

  /** Seekers by headroom, closest to or over a limit first. */
  headroom(on: string, defaults: string[], f: HeadroomFilter): Promise<HeadroomRow[]> {
    return this.db.query(HEADROOM, [on, defaults, f.area ?? null, f.coordinator ?? null, f.limit, f.offset]);
  }

  async seekerName(seekerId: string): Promise<string> {
    const rows: { name: string }[] = await this.db.query(`SELECT name FROM users WHERE id = $1`, [seekerId]);
    return rows[0]?.name ?? '';
  }

  async roleOf(userId: string): Promise<string | null> {
    const rows: { role: string }[] = await this.db.query(`SELECT role FROM users WHERE id = $1`, [userId]);
    return rows[0]?.role ?? null;
  }
}
