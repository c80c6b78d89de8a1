// Read model: who could be told about a gig. It reads the gig and its bookings (the gigs feature), the seekers
// (accounts), the earnings ledger and matching's own profiles, so it is declared here and only reads.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { limitAmountSql, periodEndSql, periodStartSql } from '../earnings/limit-periods.sql';
import { expectedPaySql } from '../gigs/pay.rules';

export interface Candidate {
  seekerId: string;
  reasons: string[];
}

/**
 * The hard filters, each skipped where the seeker left that part of the profile empty:
 * - area: the gig's postal code is one of theirs (own_area), or in the same 3-digit area (nearby);
 * - distance: when the seeker gave a home point and a farthest distance and the gig has coordinates, the gig
 *   is at most that many km away (as the crow flies);
 * - time: the gig starts in one of their weekly free times, not on a day off, and overlaps none of their places;
 * - physical load: no heavier than they can take;
 * - languages: the gig is in a language they speak;
 * - limits: the gig would not take them over a limit they asked never to be offered gigs over.
 * Then the score: a supported gig first to those who asked for support, the kind of work they asked for,
 * shared skills, distance (in steps of 5 km, unknown last), then fairness (least earned in the 30 days before the gig:
 * the ledger's gross amounts by work day, corrections included), reliability (fewest no-shows, never
 * counting a withdrawal for health reasons), and the least recently told.
 */
const CANDIDATES = `
WITH g AS (
  SELECT id, category, postal_code, physical_load, languages, skills, supported, starts_at, ends_at, time_kind,
         latitude, longitude,
         (starts_at AT TIME ZONE 'Europe/Helsinki') AS local_start
  FROM gigs WHERE id = $1
), slot AS (
  SELECT (ARRAY['sun','mon','tue','wed','thu','fri','sat'])[extract(dow FROM local_start)::int + 1] || '-' ||
         CASE WHEN extract(hour FROM local_start) < 12 THEN 'am'
              WHEN extract(hour FROM local_start) < 17 THEN 'pm' ELSE 'eve' END AS code,
         local_start::date AS day
  FROM g
), seekers AS (
  SELECT u.id, u.created_at, p.user_id IS NOT NULL AS has_profile,
         coalesce(p.categories, '{}') AS categories, coalesce(p.postal_codes, '{}') AS postal_codes,
         coalesce(p.travel, 'nearby') AS travel, coalesce(p.skills, '{}') AS skills,
         coalesce(p.languages, '{}') AS languages, coalesce(p.availability, '{}') AS availability,
         coalesce(p.days_off, '{}') AS days_off, coalesce(p.max_load, 'heavy') AS max_load,
         coalesce(p.wants_supported, false) AS wants_supported, p.max_km,
         p.home_latitude, p.home_longitude
  FROM users u LEFT JOIN match_preferences p ON p.user_id = u.id
  WHERE u.role = 'seeker' AND ($3::uuid IS NULL OR u.id = $3)
), placed AS (
  -- Kilometres as the crow flies (haversine, earth radius 6371 km) when both the gig and the seeker gave a point.
  SELECT s.*, CASE WHEN s.home_latitude IS NOT NULL AND g.latitude IS NOT NULL THEN
           2 * 6371 * asin(sqrt(power(sin(radians(g.latitude - s.home_latitude) / 2), 2)
             + cos(radians(s.home_latitude)) * cos(radians(g.latitude))
               * power(sin(radians(g.longitude - s.home_longitude) / 2), 2)))
         END AS km
  FROM seekers s, g
)
SELECT s.id AS "seekerId",
  array_remove(ARRAY[
    CASE WHEN g.category = ANY(s.categories) THEN 'category' END,
    CASE WHEN cardinality(s.postal_codes) > 0 AND g.postal_code IS NOT NULL THEN 'area' END,
    CASE WHEN s.km IS NOT NULL THEN 'km:' || greatest(1, round(s.km))::int END,
    CASE WHEN cardinality(s.availability) > 0 THEN 'free' END,
    CASE WHEN s.skills && g.skills THEN 'skills' END,
    CASE WHEN g.supported AND s.wants_supported THEN 'supported' END
  ], NULL) AS reasons
FROM placed s, g, slot
WHERE (cardinality(s.categories) = 0 OR g.category = ANY(s.categories))
  AND (cardinality(s.postal_codes) = 0 OR g.postal_code IS NULL OR s.travel = 'anywhere'
       OR g.postal_code = ANY(s.postal_codes)
       OR (s.travel = 'nearby' AND left(g.postal_code, 3) IN (SELECT left(c, 3) FROM unnest(s.postal_codes) c)))
  AND (s.max_km IS NULL OR s.km IS NULL OR s.km <= s.max_km)
  AND (cardinality(s.availability) = 0 OR g.time_kind = 'window' OR slot.code = ANY(s.availability))
  AND NOT (slot.day = ANY(s.days_off))
  AND array_position(ARRAY['light','moderate','heavy'], g.physical_load)
      <= array_position(ARRAY['light','moderate','heavy'], s.max_load)
  AND (cardinality(s.languages) = 0 OR cardinality(g.languages) = 0 OR s.languages && g.languages)
  AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.gig_id = $1 AND m.seeker_id = s.id)
  AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.gig_id = $1 AND b.seeker_id = s.id)
  AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.seeker_id = s.id AND b.status = 'booked'
                  AND b.during && tstzrange(g.starts_at, g.ends_at))
  AND NOT ${takesOverNeverLimitSql('s.id', 'g.id')}
ORDER BY (g.supported AND s.wants_supported) DESC,
         (g.category = ANY(s.categories)) DESC,
         cardinality(ARRAY(SELECT unnest(s.skills) INTERSECT SELECT unnest(g.skills))) DESC,
         round(s.km / 5) ASC NULLS LAST,
         (SELECT coalesce(sum(le.amount_cents), 0) FROM ledger_entries le
          WHERE le.seeker_id = s.id AND le.work_date > (g.starts_at AT TIME ZONE 'Europe/Helsinki')::date - 30) ASC,
         (SELECT count(*) FROM bookings b WHERE b.seeker_id = s.id AND b.status = 'no_show') ASC,
         (SELECT max(m2.created_at) FROM matches m2 WHERE m2.seeker_id = s.id) ASC NULLS FIRST,
         s.created_at, s.id
LIMIT $2`;

@Injectable()
export class CandidateQueries {
  /** The next seekers to tell about the gig, best first, each with why; only `seekerId` when given. */
  candidates(
    m: EntityManager,
    gigId: string,
    limit: number,
    seekerId: string | null = null,
  ): Promise<Candidate[]> {
    return m.query(CANDIDATES, [gigId, limit, seekerId]);
  }
}

/**
 * True when taking the gig `gig` would take the seeker `seeker` over a limit they asked never to be offered
 * gigs over: the period's confirmed total (ledger_totals) plus the expected pay of the places they hold in it
 * plus this gig's pay is above the limit. Like the gig page's impact, a gig counts on its first day and a
 * limit of 0 € (every euro counts) is never "over".
 */
function takesOverNeverLimitSql(seeker: string, gig: string): string {
  const day = `(ng.starts_at AT TIME ZONE 'Europe/Helsinki')::date`;
  return `EXISTS (
    SELECT 1 FROM gigs ng
    JOIN seeker_limits sl ON sl.seeker_id = ${seeker} AND sl.mode = 'never'
    JOIN limit_rules r ON r.key = sl.rule_key
    CROSS JOIN LATERAL (SELECT ${periodStartSql('r.period', day, 'sl.anchor')} AS start) p
    CROSS JOIN LATERAL (SELECT ${periodEndSql('r.period', 'p.start')} AS "end",
      ${limitAmountSql('sl.rule_key', 'sl.personal_amount_cents', 'p.start')} AS amount) q
    WHERE ng.id = ${gig} AND p.start IS NOT NULL AND q.amount > 0
      AND coalesce((SELECT t.total_cents FROM ledger_totals t WHERE t.seeker_id = sl.seeker_id
                      AND t.rule_key = sl.rule_key AND t.period_start = p.start), 0)
        + coalesce((SELECT sum(${expectedPaySql('bg')}) FROM bookings b JOIN gigs bg ON bg.id = b.gig_id
                    WHERE b.seeker_id = sl.seeker_id AND b.status = 'booked' AND bg.id <> ng.id
                      AND bg.status IN ('published', 'full', 'in_progress', 'done')
                      AND (bg.starts_at AT TIME ZONE 'Europe/Helsinki')::date >= p.start
                      AND (bg.starts_at AT TIME ZONE 'Europe/Helsinki')::date < q."end"), 0)
        + ${expectedPaySql('ng')} > q.amount)`;
}
