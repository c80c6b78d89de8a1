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
 * Seekers by headroom in the periods that hold $1. The running totals (ledger_totals) hold a row per seeker,
 * applicable limit and period with earnings, so the seekers with earnings now are read from the current rows
 * alone: per seeker the limit they are closest to (or most over), by share of the limit used. The others (0 %)
 * follow by name, each shown with their smallest limit, looked up for the page's rows only. Limits of 0 € (every
 * euro counts) have no headroom and are left out. Filters: $3 the start of a postal code they work in, $4 a
 * coordinator's id or 'none'.
 */
const HEADROOM = `
WITH cur AS (
  SELECT t.seeker_id, t.rule_key, t.period_start, t.total_cents::int AS earned, sl.personal_amount_cents AS personal
  FROM ledger_totals t
  LEFT JOIN seeker_limits sl ON sl.seeker_id = t.seeker_id AND sl.rule_key = t.rule_key
  WHERE t.period_end > $1::date AND t.period_start <= $1::date
), amounts AS MATERIALIZED (
  SELECT x.rule_key, x.period_start, ${limitAmountSql('x.rule_key', 'NULL::int', 'x.period_start')} AS amount
  FROM (SELECT DISTINCT rule_key, period_start FROM cur) x
), best AS (
  SELECT DISTINCT ON (c.seeker_id) c.seeker_id, c.rule_key, c.period_start, c.earned,
    coalesce(c.personal, a.amount) AS amount
  FROM cur c JOIN amounts a USING (rule_key, period_start)
  WHERE coalesce(c.personal, a.amount) > 0
  ORDER BY c.seeker_id, c.earned::numeric / coalesce(c.personal, a.amount) DESC,
    coalesce(c.personal, a.amount) - c.earned, c.rule_key
), chosen AS (
  SELECT u.id, u.name, b.rule_key, b.period_start, b.earned, b.amount
  FROM users u LEFT JOIN best b ON b.seeker_id = u.id
  WHERE u.role = 'seeker'
    AND ($3::text IS NULL OR u.id IN (SELECT mp.user_id FROM match_preferences mp
          WHERE EXISTS (SELECT 1 FROM unnest(mp.postal_codes) pc WHERE left(pc, length($3)) = $3)))
    AND ($4::text IS NULL OR $4 <> 'none' OR u.id NOT IN (SELECT sc.seeker_id FROM seeker_coordinators sc))
    AND ($4::text IS NULL OR $4 = 'none'
         OR u.id IN (SELECT sc.seeker_id FROM seeker_coordinators sc WHERE sc.coordinator_id::text = $4))
  ORDER BY b.seeker_id IS NULL, b.earned::numeric / b.amount DESC, b.amount - b.earned, u.name, u.id
  LIMIT $5 OFFSET $6
)
SELECT c.id AS "seekerId", c.name, coalesce(mp.postal_codes, '{}') AS "postalCodes", cu.name AS "coordinatorName",
  l.rule_key AS "ruleKey", r.names, to_char(l.start, 'YYYY-MM-DD') AS "periodStart", l.amount AS "limitCents",
  l.earned AS "earnedCents", l.amount - l.earned AS "headroomCents", floor(l.earned * 100.0 / l.amount)::int AS "percentUsed"
FROM chosen c
CROSS JOIN LATERAL (
  SELECT c.rule_key, c.period_start AS start, c.amount, c.earned WHERE c.rule_key IS NOT NULL
  UNION ALL
  -- Nothing earned this period: their smallest limit above 0 €, the chosen ones else the defaults.
  (SELECT lim.rule_key, p.start, q.amount, 0 FROM (
     SELECT sl.rule_key, sl.anchor, sl.personal_amount_cents FROM seeker_limits sl WHERE sl.seeker_id = c.id
     UNION ALL
     SELECT k, NULL, NULL FROM unnest($2::text[]) k
     WHERE NOT EXISTS (SELECT 1 FROM seeker_limit_choices ch WHERE ch.seeker_id = c.id)) lim
   JOIN limit_rules lr ON lr.key = lim.rule_key
   CROSS JOIN LATERAL (SELECT ${periodStartSql('lr.period', '$1::date', 'lim.anchor')} AS start) p
   CROSS JOIN LATERAL (SELECT ${limitAmountSql('lim.rule_key', 'lim.personal_amount_cents', 'p.start')} AS amount) q
   WHERE c.rule_key IS NULL AND p.start IS NOT NULL AND q.amount > 0
   ORDER BY q.amount, lim.rule_key LIMIT 1)
) l
JOIN limit_rules r ON r.key = l.rule_key
LEFT JOIN match_preferences mp ON mp.user_id = c.id
LEFT JOIN seeker_coordinators sc ON sc.seeker_id = c.id
LEFT JOIN users cu ON cu.id = sc.coordinator_id
ORDER BY c.rule_key IS NULL, c.earned::numeric / c.amount DESC, c.amount - c.earned, c.name, c.id`;

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
