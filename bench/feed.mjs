// Benchmark: how fast the API answers a seeker's feed and notifications on realistic data.
// Seeds a database of its own (50 organisations, 2,000 seekers, 5,000 gigs of which ~1,350 upcoming and
// published, ~3,000 bookings, 20,000 notices), starts the built API on it, and times requests from one
// signed-in seeker. Prints p50/p95/p99 and drops the database. Run: `npm run build && node bench/feed.mjs`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADMIN = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const N = Number(process.env.BENCH_REQUESTS ?? 300);
const name = `hh_bench_${process.pid}_${Date.now()}`;
const url = new URL(ADMIN);
url.pathname = `/${name}`;
const port = 3900 + (process.pid % 90);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hh-bench-'));

const admin = new pg.Client({ connectionString: ADMIN });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);

const api = spawn(process.execPath, ['backend/dist/main.js'], {
  cwd: ROOT,
  env: {
    ...process.env,
    NODE_ENV: 'test',
    APP_ROLE: 'api',
    DATABASE_URL: url.toString(),
    PORT: String(port),
    QUEUE_PREFIX: `hh_bench_${process.pid}`,
    DATA_DIR: dataDir,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_GLOBAL: '1000000',
    RATE_LIMIT_AUTH: '1000',
  },
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // starting
    }
    if (i > 200) throw new Error('the API did not start');
    await new Promise((r) => setTimeout(r, 100));
  }

  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const t0 = Date.now();
  // The password hash of "bench-salasana-1" (argon2id), for the one seeker who signs in.
  await db.query(`
    INSERT INTO organisations (name, kind, verified_at) SELECT 'Yhdistys ' || i, 'association', now() FROM generate_series(1, 50) i;
    INSERT INTO users (email, name, role, locale) SELECT 'hakija' || i || '@bench.fi', 'Hakija ' || i, 'seeker', 'fi' FROM generate_series(1, 2000) i;
    INSERT INTO gigs (organisation_id, title, description, category, area, starts_at, ends_at, pay_cents, places, status)
      SELECT o.id, 'Keikka ' || i, 'Kuvaus ' || i,
        (ARRAY['yard','moving','events','errands','cleaning','snow','it'])[1 + i % 7], 'Pori',
        now() + ((i - 3500) || ' hours')::interval, now() + ((i - 3497) || ' hours')::interval,
        1000 + (i % 50) * 100, 1 + i % 5,
        CASE WHEN i % 10 = 0 THEN 'draft' WHEN i < 3500 THEN 'completed' ELSE 'published' END
      FROM generate_series(1, 5000) i JOIN LATERAL (SELECT id FROM organisations ORDER BY id OFFSET (i % 50) LIMIT 1) o ON true;
    INSERT INTO bookings (gig_id, seeker_id, status)
      SELECT g.id, u.id, 'completed' FROM (SELECT id, row_number() OVER () AS n FROM gigs WHERE status = 'completed') g
      JOIN (SELECT id, row_number() OVER () AS n FROM users) u ON u.n % 2000 = (g.n * 7) % 2000
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
  const hash = (
    await import(path.join(ROOT, 'backend/node_modules/@node-rs/argon2/index.js')).catch(
      () => import('@node-rs/argon2'),
    )
  ).hash;
  const seederDb = new pg.Client({ connectionString: url.toString() });
  await seederDb.connect();
  await seederDb.query(`UPDATE users SET password_hash = $1 WHERE email = 'hakija1@bench.fi'`, [
    await hash('bench-salasana-1', { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 }),
  ]);
  await seederDb.end();
  process.stdout.write(
    `seeded in ${Date.now() - t0} ms: ${counts.g} gigs (${counts.up} upcoming and published), ${counts.b} bookings, ${counts.n} notices\n`,
  );

  const login = await fetch(`${base}/api/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-protection': '1' },
    body: JSON.stringify({ email: 'hakija1@bench.fi', password: 'bench-salasana-1' }),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status}`);
  const cookie = login.headers.get('set-cookie').split(';')[0];

  for (const path_ of ['/api/gigs', '/api/me/gigs', '/api/notifications/unread', '/api/notifications']) {
    const times = [];
    let bytes = 0;
    for (let i = 0; i < N + 20; i++) {
      const s = process.hrtime.bigint();
      const res = await fetch(`${base}${path_}`, { headers: { cookie } });
      const body = await res.arrayBuffer();
      const ms = Number(process.hrtime.bigint() - s) / 1e6;
      if (!res.ok) throw new Error(`${path_}: ${res.status}`);
      if (i >= 20) times.push(ms); // the first 20 warm up
      bytes = body.byteLength;
    }
    times.sort((a, b) => a - b);
    const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
    process.stdout.write(
      `${path_.padEnd(28)} ${N} requests: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms, ${bytes} bytes\n`,
    );
  }
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  rmSync(dataDir, { recursive: true, force: true });
}
