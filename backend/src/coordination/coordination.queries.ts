// Read model of the coordinators' console: figures across the accounts and gigs features' tables. It only
// reads; every change a coordinator makes goes through the owning feature's service.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { occupiedPlacesSql } from '../gigs/booking.rules';
import type {
  AuditEventDto,
  CategoryCountDto,
  CoordinatorOptionDto,
  GigSoonDto,
  LimitStatus,
  LimitWatchDto,
  MonthFiguresDto,
  NoShowDto,
  OrganisationSummaryDto,
  OverviewDto,
  PathNoteDto,
  FunderReportDto,
  SeekerBookingDto,
  FeedbackReceivedDto,
  SeekerListDto,
  SeekerProfileDto,
  WorkAbilityDto,
  WaitingCompletionDto,
  WeekEarningsDto,
  WeekFillDto,
} from './dto';
import { MOVED_ON_STEPS } from './path-note.entity';

const iso = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
/** The Helsinki midnight that starts the day given as a SQL date expression. */
const midnight = (day: string) => `((${day})::timestamp AT TIME ZONE 'Europe/Helsinki')`;
/** Project pay in the ledger: gig entries and the corrections that reverse them (both carry the gig). */
const PROJECT_PAY = `gig_id IS NOT NULL`;

/**
 * The limit alerts of each rule's current period (the month, the year, or the 4 weeks that started at most 27
 * days before `today`), as SQL on `limit_alerts a` joined to `limit_rules r`; `today` is a SQL date expression.
 */
const currentAlert = (today: string) => `CASE r.period
    WHEN 'month' THEN a.period_start = date_trunc('month', ${today})::date
    WHEN 'year' THEN a.period_start = date_trunc('year', ${today})::date
    ELSE a.period_start > ${today} - 28 AND a.period_start <= ${today} END`;

export interface SeekerFilter {
  q?: string;
  area?: string;
  coordinator?: string;
  limit?: LimitStatus;
  active?: '30' | '90' | 'none90';
}

@Injectable()
export class CoordinationQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async overview(now: Date): Promise<OverviewDto> {
    const [row] = await this.db.query(
      `SELECT
        (SELECT count(*) FROM users WHERE role = 'seeker')::int AS seekers,
        (SELECT count(*) FROM organisations)::int AS organisations,
        (SELECT count(*) FROM organisations WHERE verified_at IS NULL)::int AS "organisationsAwaitingVerification",
        (SELECT count(*) FROM gigs WHERE status = 'published' AND starts_at > $1)::int AS "upcomingGigs"`,
      [now],
    );
    return row;
  }

  organisations(): Promise<OrganisationSummaryDto[]> {
    return this.db.query(`SELECT o.id, o.name, o.kind, o.verified_at IS NOT NULL AS verified,
        o.paused_at IS NOT NULL AS paused,
        (SELECT count(*) FROM organisation_members m WHERE m.organisation_id = o.id)::int AS members,
        to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"
      FROM organisations o ORDER BY o.verified_at IS NOT NULL, o.name, o.id LIMIT 500`);
  }

  // The dashboard. `today` is the Helsinki day of `now`; `from`..`toExcl` the current month.

  limitWatch(today: string): Promise<LimitWatchDto[]> {
    return this.db.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (a.seeker_id, a.rule_key) a.seeker_id AS "seekerId", u.name, a.rule_key AS "ruleKey",
           r.names AS "ruleNames", to_char(a.period_start, 'YYYY-MM-DD') AS "periodStart", a.threshold,
           a.amount_cents AS "amountCents"
         FROM limit_alerts a JOIN limit_rules r ON r.key = a.rule_key JOIN users u ON u.id = a.seeker_id
         WHERE u.role = 'seeker' AND ${currentAlert('$1::date')}
         ORDER BY a.seeker_id, a.rule_key, a.threshold DESC) x
       ORDER BY threshold DESC, "amountCents" DESC, name, "seekerId" LIMIT 50`,
      [today],
    );
  }

  gigsSoon(now: Date): Promise<GigSoonDto[]> {
    return this.db.query(
      `SELECT g.id, g.title, o.name AS "organisationName", ${iso('g.starts_at')} AS "startsAt", g.places,
         g.places - x.occupied AS "placesOpen"
       FROM gigs g JOIN organisations o ON o.id = g.organisation_id
       CROSS JOIN LATERAL (SELECT ${occupiedPlacesSql('g.id')} AS occupied) x
       WHERE g.status = 'published' AND g.starts_at > $1 AND g.starts_at < $1::timestamptz + interval '48 hours'
         AND g.places > x.occupied
       ORDER BY g.starts_at, g.id LIMIT 20`,
      [now],
    );
  }

  async waiting(): Promise<{ count: number; items: WaitingCompletionDto[] }> {
    const [[{ n }], items] = await Promise.all([
      this.db.query(`SELECT count(*)::int AS n FROM completions WHERE status = 'reported'`),
      this.db.query(
        `SELECT c.booking_id AS "bookingId", c.gig_id AS "gigId", g.title AS "gigTitle", c.seeker_id AS "seekerId",
           u.name AS "seekerName", c.amount_cents AS "amountCents", ${iso('c.reported_at')} AS "reportedAt"
         FROM completions c JOIN gigs g ON g.id = c.gig_id JOIN users u ON u.id = c.seeker_id
         WHERE c.status = 'reported' ORDER BY c.reported_at, c.booking_id LIMIT 20`,
      ),
    ]);
    return { count: n, items };
  }

  async disputes(): Promise<number> {
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM completions WHERE status = 'disputed'`,
    );
    return n;
  }

  noShows(now: Date): Promise<NoShowDto[]> {
    return this.db.query(
      `SELECT b.gig_id AS "gigId", g.title AS "gigTitle", b.seeker_id AS "seekerId", u.name AS "seekerName",
         ${iso('g.starts_at')} AS "startsAt"
       FROM bookings b JOIN gigs g ON g.id = b.gig_id JOIN users u ON u.id = b.seeker_id
       WHERE b.status = 'no_show' AND g.starts_at > $1::timestamptz - interval '30 days' AND g.starts_at <= $1
       ORDER BY g.starts_at DESC, b.id LIMIT 20`,
      [now],
    );
  }

  async monthFigures(from: string, toExcl: string): Promise<Omit<MonthFiguresDto, 'from' | 'to'>> {
    const [row] = await this.db.query(
      `SELECT
         (SELECT count(DISTINCT seeker_id)::int FROM completions
           WHERE status = 'confirmed' AND work_date >= $1 AND work_date < $2) AS "activeSeekers",
         (SELECT count(DISTINCT gig_id)::int FROM completions
           WHERE status = 'confirmed' AND work_date >= $1 AND work_date < $2) AS "gigsDone",
         (SELECT coalesce(sum(minutes), 0)::int FROM completions
           WHERE status = 'confirmed' AND work_date >= $1 AND work_date < $2) AS minutes,
         (SELECT coalesce(sum(amount_cents), 0)::bigint FROM ledger_entries
           WHERE ${PROJECT_PAY} AND payment_date >= $1 AND payment_date < $2) AS "paidCents"`,
      [from, toExcl],
    );
    return { ...row, paidCents: Number(row.paidCents) };
  }

  /** Twelve weeks up to the one of `today` (a SQL date expression), Monday first, and their first and next day. */
  private weeks(today: string) {
    const first = `(date_trunc('week', ${today}::date) - interval '11 weeks')::date`;
    const next = `(date_trunc('week', ${today}::date) + interval '1 week')::date`;
    return {
      series: `generate_series(${first}::timestamp, (${next} - 1)::timestamp, interval '1 week') w(week)`,
      first,
      next,
    };
  }

  /** Project pay per week: one range scan of the ledger's project-pay index, summed per week. */
  async weeklyEarnings(today: string): Promise<WeekEarningsDto[]> {
    const w = this.weeks('$1');
    const rows: { week: string; paidCents: string }[] = await this.db.query(
      `SELECT to_char(w.week, 'YYYY-MM-DD') AS week, coalesce(p.paid, 0) AS "paidCents"
       FROM ${w.series}
       LEFT JOIN (SELECT date_trunc('week', payment_date::timestamp) AS week, sum(amount_cents) AS paid FROM ledger_entries
                  WHERE ${PROJECT_PAY} AND payment_date >= ${w.first} AND payment_date < ${w.next}
                  GROUP BY 1) p ON p.week = w.week
       ORDER BY w.week`,
      [today],
    );
    return rows.map((r) => ({ week: r.week, paidCents: Number(r.paidCents) }));
  }

  /** Gigs done (done or closed) that started in the twelve weeks, by kind of work. */
  categories(today: string): Promise<CategoryCountDto[]> {
    const w = this.weeks('$1');
    return this.db.query(
      `SELECT g.category, count(*)::int AS gigs FROM gigs g
       WHERE g.status IN ('done', 'closed')
         AND g.starts_at >= ${midnight(w.first)} AND g.starts_at < ${midnight(w.next)}
       GROUP BY g.category ORDER BY gigs DESC, g.category`,
      [today],
    );
  }

  /** Places offered and taken in the gigs that started in each of the twelve weeks (Helsinki weeks). */
  fillRate(today: string): Promise<WeekFillDto[]> {
    const w = this.weeks('$1');
    return this.db.query(
      `SELECT to_char(w.week, 'YYYY-MM-DD') AS week, coalesce(f.places, 0)::int AS places,
         coalesce(f.filled, 0)::int AS filled
       FROM ${w.series}
       LEFT JOIN (
         SELECT date_trunc('week', g.starts_at AT TIME ZONE 'Europe/Helsinki') AS week, sum(g.places) AS places,
           sum(${occupiedPlacesSql('g.id')}) AS filled
         FROM gigs g
         WHERE g.status IN ('published', 'full', 'in_progress', 'done', 'closed', 'expired')
           AND g.starts_at >= ${midnight(w.first)} AND g.starts_at < ${midnight(w.next)}
         GROUP BY 1) f ON f.week = w.week
       ORDER BY w.week`,
      [today],
    );
  }

  // Seekers

  async seekers(f: SeekerFilter, today: string, now: Date): Promise<SeekerListDto> {
    const where: string[] = [];
    const params: unknown[] = [today];
    const add = (value: unknown) => `$${params.push(value)}`;
    if (f.q) {
      const like = add(`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(x.name ILIKE ${like} OR x.email ILIKE ${like})`);
    }
    if (f.area)
      where.push(`EXISTS (SELECT 1 FROM unnest(x."postalCodes") pc WHERE pc LIKE ${add(`${f.area}%`)})`);
    if (f.coordinator === 'none') where.push(`x."coordinatorId" IS NULL`);
    else if (f.coordinator) where.push(`x."coordinatorId" = ${add(f.coordinator)}::uuid`);
    if (f.limit) where.push(`x."limitStatus" = ${add(f.limit)}`);
    if (f.active === 'none90')
      where.push(`(x.last IS NULL OR x.last < ${add(now)}::timestamptz - interval '90 days')`);
    else if (f.active)
      where.push(`x.last >= ${add(now)}::timestamptz - make_interval(days => ${add(Number(f.active))})`);
    const rows: (SeekerListDto['items'][number] & { total: number })[] = await this.db.query(
      `SELECT x.id, x.name, x.email, x."postalCodes", x."coordinatorId", x."coordinatorName", x."limitStatus",
         ${iso('x.last')} AS "lastActivity", count(*) OVER ()::int AS total
       FROM (
         SELECT u.id, u.name, u.email, coalesce(p.postal_codes, '{}') AS "postalCodes",
           sc.coordinator_id AS "coordinatorId", cu.name AS "coordinatorName",
           CASE WHEN la.t >= 100 THEN 'over' WHEN la.t >= 80 THEN 'near' ELSE 'ok' END AS "limitStatus",
           greatest(
             (SELECT max(s.last_seen_at) FROM sessions s WHERE s.user_id = u.id),
             (SELECT max(b.updated_at) FROM bookings b WHERE b.seeker_id = u.id)) AS last
         FROM users u
         LEFT JOIN match_preferences p ON p.user_id = u.id
         LEFT JOIN seeker_coordinators sc ON sc.seeker_id = u.id
         LEFT JOIN users cu ON cu.id = sc.coordinator_id
         LEFT JOIN LATERAL (SELECT max(a.threshold) AS t FROM limit_alerts a JOIN limit_rules r ON r.key = a.rule_key
           WHERE a.seeker_id = u.id AND ${currentAlert('$1::date')}) la ON true
         WHERE u.role = 'seeker') x
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY x.name, x.id LIMIT 200`,
      params,
    );
    return { total: rows[0]?.total ?? 0, items: rows.map(({ total: _total, ...r }) => r) };
  }

  coordinators(): Promise<CoordinatorOptionDto[]> {
    return this.db.query(`SELECT id, name FROM users WHERE role = 'coordinator' ORDER BY name, id`);
  }

  async seekerProfile(id: string): Promise<SeekerProfileDto | null> {
    const rows: SeekerProfileDto[] = await this.db.query(
      `SELECT u.id, u.name, u.email, u.locale, ${iso('u.created_at')} AS "joinedAt", p.birth_year AS "birthYear",
         coalesce(p.postal_codes, '{}') AS "postalCodes", coalesce(p.categories, '{}') AS categories,
         sc.coordinator_id AS "coordinatorId", cu.name AS "coordinatorName"
       FROM users u LEFT JOIN match_preferences p ON p.user_id = u.id
       LEFT JOIN seeker_coordinators sc ON sc.seeker_id = u.id LEFT JOIN users cu ON cu.id = sc.coordinator_id
       WHERE u.id = $1 AND u.role = 'seeker'`,
      [id],
    );
    return rows[0] ?? null;
  }

  seekerBookings(id: string): Promise<SeekerBookingDto[]> {
    return this.db.query(
      `SELECT g.id AS "gigId", g.title AS "gigTitle", o.name AS "organisationName", ${iso('g.starts_at')} AS "startsAt",
         b.status, c.status AS "completionStatus"
       FROM bookings b JOIN gigs g ON g.id = b.gig_id JOIN organisations o ON o.id = g.organisation_id
       LEFT JOIN completions c ON c.booking_id = b.id
       WHERE b.seeker_id = $1 ORDER BY g.starts_at DESC, b.id LIMIT 100`,
      [id],
    );
  }

  seekerFeedback(id: string): Promise<FeedbackReceivedDto[]> {
    return this.db.query(
      `SELECT g.id AS "gigId", g.title AS "gigTitle", f.punctuality, f.quality, f.went_well AS "wentWell",
         f.practise_next AS "practiseNext", ${iso('f.created_at')} AS at
       FROM feedback f JOIN bookings b ON b.id = f.booking_id JOIN gigs g ON g.id = b.gig_id
       WHERE b.seeker_id = $1 AND f.author_role = 'organisation' ORDER BY f.created_at DESC LIMIT 100`,
      [id],
    );
  }

  pathNotes(id: string): Promise<PathNoteDto[]> {
    return this.db.query(
      `SELECT n.id, n.step, to_char(n.day, 'YYYY-MM-DD') AS day, n.note, u.name AS "recordedByName",
         ${iso('n.recorded_at')} AS "recordedAt"
       FROM path_notes n LEFT JOIN users u ON u.id = n.recorded_by
       WHERE n.seeker_id = $1 ORDER BY n.day DESC, n.recorded_at DESC`,
      [id],
    );
  }

  // Reports: `from`..`toExcl` are days; `year` the last year of the period, for ages

  async report(from: string, toExcl: string, year: number): Promise<Omit<FunderReportDto, 'from' | 'to'>> {
    const movedOn = MOVED_ON_STEPS.map((s) => `'${s}'`).join(', ');
    const [row] = await this.db.query(
      `WITH done AS (SELECT seeker_id, gig_id, minutes FROM completions
                     WHERE status = 'confirmed' AND work_date >= $1 AND work_date < $2),
            steps AS (SELECT seeker_id, step FROM path_notes WHERE day >= $1 AND day < $2),
            participants AS (SELECT seeker_id FROM done UNION SELECT seeker_id FROM steps),
            paid AS (SELECT seeker_id, amount_cents FROM ledger_entries
                     WHERE ${PROJECT_PAY} AND payment_date >= $1 AND payment_date < $2),
            skills AS (SELECT b.seeker_id, bool_or(f.skills_grew IN ('yes', 'somewhat')) AS grew
                       FROM feedback f JOIN bookings b ON b.id = f.booking_id
                       WHERE f.author_role = 'seeker' AND f.skills_grew IS NOT NULL
                         AND f.created_at >= ${midnight('$1::date')} AND f.created_at < ${midnight('$2::date')}
                       GROUP BY b.seeker_id),
            ability AS (SELECT w.seeker_id,
                          (array_agg(w.coping + w.routines + w.confidence + w.skills ORDER BY w.day))[1] AS first,
                          (array_agg(w.coping + w.routines + w.confidence + w.skills ORDER BY w.day DESC))[1] AS last
                        FROM work_ability_assessments w JOIN participants pa ON pa.seeker_id = w.seeker_id
                        WHERE w.day < $2 GROUP BY w.seeker_id HAVING count(*) >= 2)
       SELECT (SELECT count(*)::int FROM participants) AS participants,
         (SELECT count(*)::int FROM participants pa JOIN match_preferences mp ON mp.user_id = pa.seeker_id
           WHERE $3::int - mp.birth_year BETWEEN 18 AND 29) AS "participants18to29",
         (SELECT count(DISTINCT gig_id)::int FROM done) AS "gigsDone",
         (SELECT coalesce(sum(minutes), 0)::int FROM done) AS minutes,
         (SELECT coalesce(sum(amount_cents), 0)::bigint FROM paid) AS "paidCents",
         (SELECT count(*)::int FROM (SELECT seeker_id FROM paid GROUP BY seeker_id HAVING sum(amount_cents) <> 0) s)
           AS "paidSeekers",
         (SELECT count(DISTINCT seeker_id)::int FROM steps WHERE step IN (${movedOn})) AS "movedOn",
         (SELECT count(*)::int FROM skills) AS "skillsAnswered",
         (SELECT count(*)::int FROM skills WHERE grew) AS "skillsGrew",
         (SELECT count(*)::int FROM ability) AS "workAbilityCompared",
         (SELECT round(avg(last - first), 1)::float FROM ability) AS "workAbilityChange"`,
      [from, toExcl, year],
    );
    const paidCents = Number(row.paidCents);
    return {
      ...row,
      paidCents,
      averagePerSeekerCents: row.paidSeekers ? Math.round(paidCents / row.paidSeekers) : 0,
    };
  }

  // The audit log: newest first, at most 200; `toExcl` is the day after the last.

  audit(f: {
    person?: string;
    from?: string;
    toExcl?: string;
    subjectType?: string;
    subjectId?: string;
  }): Promise<AuditEventDto[]> {
    const { person, from, toExcl } = f;
    const params: unknown[] = [];
    const add = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    if (person) {
      const like = add(`%${person.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(au.name ILIKE ${like} OR au.email ILIKE ${like} OR su.name ILIKE ${like} OR su.email ILIKE ${like}
        OR o.name ILIKE ${like} OR a.subject_id ILIKE ${like})`);
    }
    if (from) where.push(`a.at >= ${midnight(`${add(from)}::date`)}`);
    if (toExcl) where.push(`a.at < ${midnight(`${add(toExcl)}::date`)}`);
    if (f.subjectType) where.push(`a.subject_type = ${add(f.subjectType)}`);
    if (f.subjectId) where.push(`a.subject_id = ${add(f.subjectId)}`);
    return this.db.query(
      `SELECT a.id, ${iso('a.at')} AS at, a.actor_id AS "actorId", au.name AS "actorName", a.action,
         a.subject_type AS "subjectType", a.subject_id AS "subjectId", coalesce(su.name, o.name) AS "subjectName",
         CASE WHEN a.before = 'null'::jsonb THEN NULL ELSE a.before::text END AS before,
         CASE WHEN a.after = 'null'::jsonb THEN NULL ELSE a.after::text END AS after
       FROM audit_events a
       LEFT JOIN users au ON au.id = a.actor_id
       LEFT JOIN users su ON su.id::text = a.subject_id
       LEFT JOIN organisations o ON o.id::text = a.subject_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.at DESC, a.id LIMIT 200`,
      params,
    );
  }

  // Work-ability self-assessments

  workAbility(seekerId: string): Promise<WorkAbilityDto[]> {
    return this.db.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, coping, routines, confidence, skills
       FROM work_ability_assessments WHERE seeker_id = $1 ORDER BY day`,
      [seekerId],
    );
  }

  /** Seekers whose assessment is due by `today`, with the day it fell due (today for a first one). */
  workAbilityDue(today: string): Promise<{ seekerId: string; dueDay: string; first: boolean }[]> {
    return this.db.query(
      `SELECT u.id AS "seekerId", to_char(coalesce((w.last + interval '3 months')::date, $1::date), 'YYYY-MM-DD') AS "dueDay",
         w.last IS NULL AS first
       FROM users u LEFT JOIN (SELECT seeker_id, max(day) AS last FROM work_ability_assessments GROUP BY seeker_id) w
         ON w.seeker_id = u.id
       WHERE u.role = 'seeker' AND (w.last IS NULL OR (w.last + interval '3 months')::date <= $1::date)
       ORDER BY u.id`,
      [today],
    );
  }
}
