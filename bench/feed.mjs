// Benchmark: how fast the API answers a seeker's feed and notifications on realistic data.
// Seeds a database of its own (50 organisations, 2,000 seekers, 5,000 gigs of which ~1,350 upcoming and
// published, ~3,000 bookings, 20,000 notices), starts the built API on it, and times requests from one
// signed-in seeker. Prints p50/p95/p99 and drops the database. Run: `npm run bench` (builds first).
// Sizes: BENCH_SEEKERS, BENCH_GIGS (70 % of them in the past), BENCH_REQUESTS.
import pg from 'pg';
import { signInAs, time, withApi } from './lib.mjs';

const N = Number(process.env.BENCH_REQUESTS ?? 300);
const SEEKERS = Number(process.env.BENCH_SEEKERS ?? 2000);
const GIGS = Number(process.env.BENCH_GIGS ?? 5000);
const PAST = Math.round(GIGS * 0.7);

await withApi('feed', async ({ base, dbUrl }) => {
  const db = new pg.Client({ connectionString: dbUrl });
  db.on('error', () => {}); // the database is dropped at the end, whatever happened
  await db.connect();
  const t0 = Date.now();
  await db.query(`
    INSERT INTO organisations (name, kind, verified_at) SELECT 'Yhdistys ' || i, 'association', now() FROM generate_series(1, 50) i;
    INSERT INTO users (email, name, role, locale) SELECT 'hakija' || i || '@bench.fi', 'Hakija ' || i, 'seeker', 'fi' FROM generate_series(1, ${SEEKERS}) i;
    INSERT INTO gigs (organisation_id, title, description, category, district, starts_at, ends_at, estimated_minutes,
        pay_cents, places, status, published_at)
      SELECT o.id, 'Keikka ' || i, 'Kuvaus ' || i,
        (ARRAY['yard','moving','events','errands','cleaning','snow','it'])[1 + i % 7], 'Pori',
        now() + ((i - ${PAST}) || ' hours')::interval, now() + ((i - ${PAST - 3}) || ' hours')::interval, 180,
        1000 + (i % 50) * 100, 1 + i % 5,
        CASE WHEN i % 10 = 0 THEN 'draft' WHEN i < ${PAST} THEN 'done' ELSE 'published' END,
        CASE WHEN i % 10 = 0 THEN NULL ELSE now() - interval '200 days' END
      FROM generate_series(1, ${GIGS}) i JOIN LATERAL (SELECT id FROM organisations ORDER BY id OFFSET (i % 50) LIMIT 1) o ON true;
    INSERT INTO bookings (gig_id, seeker_id, status)
      SELECT g.id, u.id, 'completed' FROM (SELECT id, row_number() OVER () AS n FROM gigs WHERE status = 'done') g
      JOIN (SELECT id, row_number() OVER () AS n FROM users) u ON u.n % ${SEEKERS} = (g.n * 7) % ${SEEKERS}
      ON CONFLICT DO NOTHING;
    INSERT INTO notifications (user_id, kind, params, link, dedupe_key)
      SELECT u.id, 'match', '{"gigTitle":"Keikka","organisationName":"Yhdistys","startsAt":"2026-12-01T10:00:00Z","area":"Pori","payCents":3000}', '/gigs', 'k' || i
      FROM generate_series(1, 10) i CROSS JOIN users u;
    ANALYZE;
  `);
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM gigs) g, (SELECT count(*) FROM gigs WHERE status='published' AND starts_at > now()) up, (SELECT count(*) FROM bookings) b, (SELECT count(*) FROM notifications) n`,
    )
  ).rows[0];
  await db.end();
  process.stdout.write(
    `seeded in ${Date.now() - t0} ms: ${counts.g} gigs (${counts.up} upcoming and published), ${counts.b} bookings, ${counts.n} notices\n`,
  );

  const cookie = await signInAs(base, dbUrl, 'hakija1@bench.fi');
  // The search answers { items, next }: an empty first page would mean the seed no longer fits the schema.
  const first = await (await fetch(`${base}/api/gigs`, { headers: { cookie } })).json();
  if (!first.items?.length)
    throw new Error(`GET /api/gigs found no seeded gigs: ${JSON.stringify(first).slice(0, 200)}`);

  for (const path_ of ['/api/gigs', '/api/me/gigs', '/api/notifications/unread', '/api/notifications'])
    await time(base, cookie, path_, N, 20);
});
