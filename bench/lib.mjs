// What every benchmark does around its own seeding and timing: a database of its own, the built API started on
// it (role api, no demo, no rate limits in the way), a sign-in, timed requests, and the cleaning up.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADMIN = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Runs `fn({ base, dbUrl })` against a fresh database and the built API; drops both afterwards, whatever happened. */
export async function withApi(tag, fn) {
  const name = `hh_bench_${tag}_${process.pid}_${Date.now()}`;
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  const port = 3800 + (process.pid % 190);
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
      if (i > 300) throw new Error('the API did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    return await fn({ base, dbUrl: url.toString() });
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Sets the password of `email` and signs in with it; returns the session cookie. */
export async function signInAs(base, dbUrl, email) {
  const { hash } = await import(path.join(ROOT, 'node_modules/@node-rs/argon2/index.js')).catch(
    () => import('@node-rs/argon2'),
  );
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  await db.query(`UPDATE users SET password_hash = $1 WHERE email = $2`, [
    await hash('bench-salasana-1', { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 }),
    email,
  ]);
  await db.end();
  const login = await fetch(`${base}/api/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-protection': '1' },
    body: JSON.stringify({ email, password: 'bench-salasana-1' }),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status}`);
  return login.headers.get('set-cookie').split(';')[0];
}

/** Times `n` requests to `path` after `warm` unmeasured ones; prints p50/p95/p99 and the answer's size. */
export async function time(base, cookie, path_, n, warm) {
  const times = [];
  let bytes = 0;
  for (let i = 0; i < n + warm; i++) {
    const s = process.hrtime.bigint();
    const res = await fetch(`${base}${path_}`, { headers: { cookie } });
    const body = await res.arrayBuffer();
    const ms = Number(process.hrtime.bigint() - s) / 1e6;
    if (!res.ok) throw new Error(`${path_}: ${res.status}`);
    if (i >= warm) times.push(ms);
    bytes = body.byteLength;
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  process.stdout.write(
    `${path_.slice(0, 60).padEnd(60)} ${n} requests: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms, ${bytes} bytes\n`,
  );
}
