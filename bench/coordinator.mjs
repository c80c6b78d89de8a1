// Benchmark: how fast the API answers the coordinators' dashboard and the month's report on a project's worth
// of data. Seeds a database of its own (200 organisations, 20,000 seekers, 100,000 gigs over two years,
// 380,000 completed bookings with their confirmed completions, 500,000 ledger entries, alerts for 600 seekers),
// starts the built API on it, and times requests from one signed-in coordinator. Prints p50/p95/p99 and drops
// the database. Goal: under 150 ms at the median for each. Run: `npm run bench:coordinator` (builds the backend first).
// Sizes: BENCH_SEEKERS, BENCH_GIGS (5 % of them upcoming), BENCH_ENTRIES (ledger entries), BENCH_REQUESTS.
import pg from 'pg';
import { signInAs, time, withApi } from './lib.mjs';

const N = Number(process.env.BENCH_REQUESTS ?? 100);
const SEEKERS = Number(process.env.BENCH_SEEKERS ?? 20_000);
const GIGS = Number(process.env.BENCH_GIGS ?? 100_000);
const PAST = Math.round(GIGS * 0.95);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 500_000);
const ALERTS = Math.min(600, SEEKERS);

await withApi('coord', async ({ base, dbUrl }) => {
  const db = new pg.Client({ connectionString: dbUrl });
  db.on('error', () => {}); // the database is dropped at the end, whatever happened
  await db.connect();
  const t0 = Date.now();
  // Past gigs spread over two years (about 130 a day), 5,000 upcoming; four seekers worked each past gig.
  await db.query(`
    INSERT INTO organisations (name, kind, verified_at)
      SELECT 'Yhdistys ' || i, 'association', now() FROM generate_series(1, 200) i;
    INSERT INTO users (email, name, role, locale)
      SELECT 'hakija' || i || '@bench.fi', 'Hakija ' || i, 'seeker', 'fi' FROM generate_series(1, ${SEEKERS}) i;
    INSERT INTO users (email, name, role, locale) VALUES ('koordinaattori@bench.fi', 'Kaisa Koordinaattori', 'coordinator', 'fi');
    INSERT INTO match_preferences (user_id, postal_codes, birth_year)
      SELECT id, ARRAY[lpad((28100 + (row_number() OVER ()) % 50 * 10)::text, 5, '0')], 1960 + (row_number() OVER ())::int % 45
      FROM users WHERE role = 'seeker';
    CREATE TEMP TABLE o AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM organisations;
    CREATE TEMP TABLE s AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM users WHERE role = 'seeker';
    INSERT INTO gigs (organisation_id, title, description, category, district, starts_at, ends_at, estimated_minutes,
        pay_cents, places, status, published_at)
      SELECT o.id, 'Keikka ' || i, 'Kuvaus ' || i,
        (ARRAY['yard','moving','events','errands','cleaning','snow','it'])[1 + i % 7], 'Pori',
        CASE WHEN i <= ${PAST} THEN now() - make_interval(days => i % 730, hours => 2 + i % 8)
             ELSE now() + make_interval(hours => 1 + i % 240) END,
        CASE WHEN i <= ${PAST} THEN now() - make_interval(days => i % 730, hours => i % 8)
             ELSE now() + make_interval(hours => 3 + i % 240) END,
        120, 2000 + (i % 40) * 100, 5,
        CASE WHEN i <= ${PAST} THEN 'done' ELSE 'published' END, now()
      FROM generate_series(1, ${GIGS}) i JOIN o ON o.n = i % 200;
    CREATE TEMP TABLE g AS SELECT id, starts_at, pay_cents, organisation_id, row_number() OVER (ORDER BY id) - 1 AS n
      FROM gigs WHERE status = 'done';
    INSERT INTO bookings (gig_id, seeker_id, status)
      SELECT g.id, s.id, 'completed' FROM g CROSS JOIN generate_series(0, 3) k JOIN s ON s.n = (g.n * 4 + k) % ${SEEKERS};
    INSERT INTO completions (booking_id, gig_id, seeker_id, status, minutes, amount_cents, work_date, payment_date,
        confirmed_at)
      SELECT b.id, b.gig_id, b.seeker_id, 'confirmed', 120, g.pay_cents,
        (g.starts_at AT TIME ZONE 'Europe/Helsinki')::date, (g.starts_at AT TIME ZONE 'Europe/Helsinki')::date, now()
      FROM bookings b JOIN g ON g.id = b.gig_id;
    INSERT INTO ledger_entries (seeker_id, kind, payer_name, payer_organisation_id, gig_id, booking_id, amount_cents,
        work_date, payment_date)
      SELECT c.seeker_id, 'gig', 'Yhdistys', g.organisation_id, c.gig_id, c.booking_id, c.amount_cents, c.work_date,
        c.payment_date
      FROM completions c JOIN g ON g.id = c.gig_id;
    INSERT INTO ledger_entries (seeker_id, kind, payer_name, amount_cents, work_date, payment_date)
      SELECT s.id, 'outside', 'Kauppa Oy', 5000 + i % 100 * 10, current_date - (i % 730)::int, current_date - (i % 730)::int
      FROM generate_series(1, ${ENTRIES} - (SELECT count(*) FROM ledger_entries)) i JOIN s ON s.n = i % ${SEEKERS};
    INSERT INTO limit_alerts (seeker_id, rule_key, period_start, threshold, amount_cents)
      SELECT s.id, 'programme_cap', date_trunc('month', current_date)::date, CASE WHEN s.n % 3 = 0 THEN 100 ELSE 80 END,
        25000 + s.n % 100 * 100
      FROM s WHERE s.n < ${ALERTS};
    INSERT INTO path_notes (seeker_id, step, day)
      SELECT s.id, (ARRAY['first_meeting','coaching','first_gig','work','studies'])[1 + s.n % 5], current_date - (s.n % 60)::int
      FROM s;
  `);
  // What autovacuum would have done by now: statistics, and the visibility map that index-only scans read.
  await db.query('VACUUM ANALYZE');
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM users WHERE role = 'seeker') AS seekers, (SELECT count(*) FROM gigs) AS gigs,
         (SELECT count(*) FROM bookings) AS bookings, (SELECT count(*) FROM ledger_entries) AS ledger`,
    )
  ).rows[0];
  const month = (
    await db.query(
      `SELECT to_char(date_trunc('month', (now() AT TIME ZONE 'Europe/Helsinki')::date), 'YYYY-MM-DD') AS from,
         to_char((date_trunc('month', (now() AT TIME ZONE 'Europe/Helsinki')::date) + interval '1 month - 1 day'), 'YYYY-MM-DD') AS to`,
    )
  ).rows[0];
  await db.end();
  process.stdout.write(
    `seeded in ${Date.now() - t0} ms: ${counts.seekers} seekers, ${counts.gigs} gigs, ${counts.bookings} bookings, ${counts.ledger} ledger entries\n`,
  );

  const cookie = await signInAs(base, dbUrl, 'koordinaattori@bench.fi');

  const paths = [
    '/api/coordinator/dashboard',
    `/api/coordinator/reports?from=${month.from}&to=${month.to}`,
    `/api/coordinator/reports/csv?from=${month.from}&to=${month.to}`,
    '/api/coordinator/seekers?limit=near',
  ];
  for (const path_ of paths) await time(base, cookie, path_, N, 10);
});
