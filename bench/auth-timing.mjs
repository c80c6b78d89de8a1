// Benchmark: do the sign-in answers take as long for an address with an account as for one without?
// (docs/security.md, point 2: the answers must not tell a stranger which addresses have accounts.) Starts the
// built API on a database of its own with one account, then alternates requests for that address and for an
// unknown one on each route, and prints p50/p95 of both side by side. Run: `npm run bench:auth` (builds first).
// Size: BENCH_REQUESTS (per address and route).
import pg from 'pg';
import { PASSWORD, hashPassword, quantile, withApi } from './lib.mjs';

const N = Number(process.env.BENCH_REQUESTS ?? 100);

const env = {
  RATE_LIMIT_AUTH: '100000',
  // Every request does its full work here: no per-address cap, no password waits.
  AUTH_MAILS_PER_ADDRESS: '1000',
  PASSWORD_FREE_TRIES: '1000',
};

await withApi(
  'auth',
  async ({ base, dbUrl }) => {
    const post = (p, body) =>
      fetch(`${base}${p}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-protection': '1' },
        body: JSON.stringify(body),
      });
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    await db.query(
      `INSERT INTO users (email, name, role, locale, password_hash) VALUES ('tunnettu@bench.fi', 'Tunnettu', 'seeker', 'fi', $1)`,
      [await hashPassword(PASSWORD)],
    );
    await db.end();

    const routes = [
      ['/api/auth/magic-link', (email) => ({ email, locale: 'fi' })],
      ['/api/auth/sign-up', (email) => ({ email, locale: 'fi' })],
      ['/api/auth/password', (email) => ({ email, password: 'väärä-salasana-1' })],
    ];
    const q = (times, p) => quantile(times, p).toFixed(1);
    for (const [route, body] of routes) {
      const times = { known: [], unknown: [] };
      for (let i = 0; i < N + 10; i++) {
        for (const [which, email] of [
          ['known', 'tunnettu@bench.fi'],
          ['unknown', 'tuntematon@bench.fi'],
        ]) {
          const s = process.hrtime.bigint();
          const res = await post(route, body(email));
          await res.arrayBuffer();
          if (i >= 10) times[which].push(Number(process.hrtime.bigint() - s) / 1e6); // the first 10 warm up
        }
      }
      for (const t of Object.values(times)) t.sort((a, b) => a - b);
      process.stdout.write(
        `${route.padEnd(22)} ${N}× each: known p50 ${q(times.known, 0.5)} ms p95 ${q(times.known, 0.95)} ms | ` +
          `unknown p50 ${q(times.unknown, 0.5)} ms p95 ${q(times.unknown, 0.95)} ms\n`,
      );
    }
  },
  { queuePrefix: `hh_bench_auth_${process.pid}`, env },
);
