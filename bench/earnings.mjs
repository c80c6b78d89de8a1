// Benchmark: the coordinators' headroom list and one seeker's earnings on realistic data.
// Seeds a database of its own (20,000 seekers, 10 coordinators, 500,000 ledger entries over two years, a
// quarter of the seekers with chosen limits including a 4-week one, the running totals), starts the built
// API on it, and times GET /api/coordinator/earnings (all, by area, by coordinator, a later page) and one
// seeker's GET /api/me/earnings. Prints p50/p95/p99 and drops the database.
// Goals: the list under 100 ms at the median, the seeker's page under 20 ms.
// Run: `npm run bench:earnings` (builds the backend first). Sizes: BENCH_SEEKERS, BENCH_ENTRIES, BENCH_REQUESTS;
// BENCH_SEED_ONLY=1 stops after seeding (with BENCH_KEEP_DB=1 the database stays, to look at query plans).
import path from 'node:path';
import pg from 'pg';
import { ROOT, backendRequire, signInAs, time as timeGet, withApi } from './lib.mjs';

// The built backend's recount of running totals (run `npm run build -w backend` first).
const { recountTotalsSql } = backendRequire(path.join(ROOT, 'backend/dist/earnings/limit-periods.sql.js'));
const DEFAULT_LIMITS = ['unemployment_month', 'programme_cap'];
const N = Number(process.env.BENCH_REQUESTS ?? 200);
const SEEKERS = Number(process.env.BENCH_SEEKERS ?? 20_000);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 500_000);

const stage = (what) => process.stderr.write(`${new Date().toISOString()} ${what}\n`);

await withApi(
  'earn',
  async ({ base, dbUrl }) => {
    const time = (label, path_, cookie) => timeGet(base, cookie, path_, N, 20, { label, width: 44 });
    const db = new pg.Client({ connectionString: dbUrl });
    db.on('error', () => {}); // a failing query rejects; the end of the database at the finish is no news
    await db.connect();
    const t0 = Date.now();
    stage('seeding users');
    await db.query(
      `INSERT INTO users (email, name, role, locale)
         SELECT 'hakija' || i || '@bench.fi', 'Hakija ' || i, 'seeker', 'fi' FROM generate_series(1, $1::int) i;
       INSERT INTO users (email, name, role, locale)
         SELECT 'koordinaattori' || i || '@bench.fi', 'Koordinaattori ' || i, 'coordinator', 'fi'
         FROM generate_series(1, 10) i;`.replace('$1::int', String(SEEKERS)),
    );
    await db.query(`
      CREATE TEMP TABLE s AS SELECT id, row_number() OVER (ORDER BY email) AS n FROM users WHERE role = 'seeker';
      CREATE TEMP TABLE c AS SELECT id, row_number() OVER (ORDER BY email) AS n FROM users WHERE role = 'coordinator';
      -- Postal areas around the country; a few areas each.
      INSERT INTO match_preferences (user_id, postal_codes)
        SELECT id, ARRAY[lpad(((n * 37) % 99 + 1)::text, 2, '0') || '100', lpad(((n * 53) % 99 + 1)::text, 2, '0') || '200']
        FROM s;
      -- Half the seekers have a coordinator of their own.
      INSERT INTO seeker_coordinators (seeker_id, coordinator_id, assigned_by)
        SELECT s.id, c.id, c.id FROM s JOIN c ON c.n = 1 + s.n % 10 WHERE s.n % 2 = 0;
      -- A quarter chose their limits: the benefit per 4 weeks (anchors spread over four weeks) and the cap.
      INSERT INTO seeker_limit_choices (seeker_id) SELECT id FROM s WHERE n % 4 = 0;
      INSERT INTO seeker_limits (seeker_id, rule_key, anchor, mode)
        SELECT id, 'unemployment_4w', DATE '2024-01-01' + (n % 28)::int, 'warn' FROM s WHERE n % 4 = 0
        UNION ALL SELECT id, 'programme_cap', NULL, CASE WHEN n % 8 = 0 THEN 'never' ELSE 'warn' END FROM s WHERE n % 4 = 0;
    `);
    stage('seeding the ledger');
    // 500,000 entries over the last two years: mostly gigs of 10-90 €, some outside work, a few corrections.
    await db.query(
      `INSERT INTO ledger_entries (seeker_id, kind, payer_name, gig_id, amount_cents, work_date, payment_date, recorded_by)
       SELECT s.id, CASE WHEN i % 5 = 0 THEN 'outside' ELSE 'gig' END, 'Yhdistys ' || (i % 50),
         CASE WHEN i % 5 = 0 THEN NULL ELSE gen_random_uuid() END,
         (1000 + (i * 7919) % 8000)::int, current_date - ((i * 31) % 730)::int - 2, current_date - ((i * 31) % 730)::int, s.id
       FROM generate_series(1, $1::bigint) i JOIN s ON s.n = 1 + (i * 7) % $2::bigint`,
      [ENTRIES, SEEKERS],
    );
    stage('counting the running totals');
    // The running totals, counted by the backend's own recount.
    await db.query(recountTotalsSql(), [null, DEFAULT_LIMITS]);
    await db.query('ANALYZE');
    const counts = (
      await db.query(
        `SELECT (SELECT count(*) FROM users WHERE role = 'seeker') s, (SELECT count(*) FROM ledger_entries) e,
           (SELECT count(*) FROM ledger_totals) t,
           (SELECT count(*) FROM ledger_entries WHERE seeker_id = (SELECT id FROM users WHERE email = 'hakija1@bench.fi')) mine`,
      )
    ).rows[0];
    const mine = (await db.query(`SELECT coordinator_id FROM seeker_coordinators LIMIT 1`)).rows[0]
      .coordinator_id;
    await db.end();
    process.stdout.write(
      `seeded in ${Date.now() - t0} ms: ${counts.s} seekers, ${counts.e} ledger entries, ${counts.t} running totals; ` +
        `the timed seeker has ${counts.mine} entries\n`,
    );

    if (process.env.BENCH_SEED_ONLY) return;
    const coordinator = await signInAs(base, dbUrl, 'koordinaattori1@bench.fi');
    const seeker = await signInAs(base, dbUrl, 'hakija1@bench.fi');
    const list = await time('coordinator: headroom list, first 50', '/api/coordinator/earnings', coordinator);
    await time('coordinator: headroom list, area 28', '/api/coordinator/earnings?area=28', coordinator);
    await time(
      'coordinator: headroom list, one coordinator',
      `/api/coordinator/earnings?coordinator=${mine}`,
      coordinator,
    );
    await time(
      'coordinator: headroom list, offset 10,000',
      '/api/coordinator/earnings?offset=10000',
      coordinator,
    );
    const page = await time('seeker: GET /api/me/earnings', '/api/me/earnings', seeker);
    await time('seeker: GET /api/me/earnings?on=2025-06-15', '/api/me/earnings?on=2025-06-15', seeker);
    process.stdout.write(
      `goals: list p50 ${list} ms (< 100: ${list < 100 ? 'met' : 'NOT met'}), ` +
        `seeker page p50 ${page} ms (< 20: ${page < 20 ? 'met' : 'NOT met'})\n`,
    );
  },
  // Not hh_…: test runs drop leftover hh_ databases at their start.
  { prefix: 'earnbench_', queuePrefix: `hh_bench_earn_${process.pid}` },
);
