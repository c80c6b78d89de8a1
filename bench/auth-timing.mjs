// Benchmark: do the sign-in answers take as long for an address with an account as for one without?
// (docs/security.md, point 2: the answers must not tell a stranger which addresses have accounts.) Starts the
// built API on a database of its own with one account, then alternates requests for that address and for an
// unknown one on each route, and prints p50/p95 of both side by side. Run: `npm run build && node bench/auth-timing.mjs`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADMIN = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const N = Number(process.env.BENCH_REQUESTS ?? 100);
const name = `hh_bench_auth_${process.pid}_${Date.now()}`;
const url = new URL(ADMIN);
url.pathname = `/${name}`;
const port = 3800 + (process.pid % 90);
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
    QUEUE_PREFIX: `hh_bench_auth_${process.pid}`,
    DATA_DIR: dataDir,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_GLOBAL: '1000000',
    RATE_LIMIT_AUTH: '100000',
    // Every request does its full work here: no per-address cap, no password waits.
    AUTH_MAILS_PER_ADDRESS: '1000',
    PASSWORD_FREE_TRIES: '1000',
  },
  stdio: process.env.BENCH_DEBUG ? 'inherit' : 'ignore',
});
const base = `http://127.0.0.1:${port}`;
const post = (p, body) =>
  fetch(`${base}${p}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-protection': '1' },
    body: JSON.stringify(body),
  });

try {
  for (let i = 0; ; i++) {
    if (api.exitCode !== null)
      throw new Error(`the API exited with ${api.exitCode} (BENCH_DEBUG=1 shows why)`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // starting
    }
    if (i > 300) throw new Error('the API did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const { hash } = await import('@node-rs/argon2');
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  await db.query(
    `INSERT INTO users (email, name, role, locale, password_hash) VALUES ('tunnettu@bench.fi', 'Tunnettu', 'seeker', 'fi', $1)`,
    [await hash('bench-salasana-1', { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 })],
  );
  await db.end();

  const routes = [
    ['/api/auth/magic-link', (email) => ({ email, locale: 'fi' })],
    ['/api/auth/sign-up', (email) => ({ email, locale: 'fi' })],
    ['/api/auth/password', (email) => ({ email, password: 'väärä-salasana-1' })],
  ];
  const q = (times, p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
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
} finally {
  if (api.exitCode === null) {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
  }
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  rmSync(dataDir, { recursive: true, force: true });
}
