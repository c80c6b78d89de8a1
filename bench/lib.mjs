// What every benchmark does around its own seeding and timing: a database of its own, the built API started on
// it (role api, no demo, no rate limits in the way), a sign-in, timed requests, and the cleaning up.
// Shared by feed.mjs, coordinator.mjs, earnings.mjs, gigs.mjs and auth-timing.mjs.
// BENCH_DEBUG=1 shows the API's output; BENCH_KEEP_DB=1 (or BENCH_KEEP=1) keeps the seeded database.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** `require` as the built backend resolves it (its own node_modules first, then the workspace's). */
export const backendRequire = createRequire(path.join(ROOT, 'backend/package.json'));
const ADMIN = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The password every benchmark's signed-in user gets. */
export const PASSWORD = 'bench-salasana-1';

// The admin connection is opened only to create and to drop the database: other test runs on this server
// end idle connections to the maintenance database.
async function asAdmin(sql) {
  const admin = new pg.Client({ connectionString: ADMIN });
  admin.on('error', () => {});
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end().catch(() => {});
  }
}

/** Waits until `u` answers (`ok`: with 2xx; otherwise anything below 500); fails early if `child` exited. */
export async function waitFor(u, { ok = false, child, tries = 600 } = {}) {
  for (let i = 0; ; i++) {
    if (child && child.exitCode !== null)
      throw new Error(`${u}: the server exited with ${child.exitCode} (BENCH_DEBUG=1 shows why)`);
    try {
      const res = await fetch(u);
      if (ok ? res.ok : res.status < 500) return;
    } catch {
      // starting
    }
    if (i > tries) throw new Error(`${u} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Runs `fn({ base, dbUrl, name, env, port })` against a fresh database and the built API; stops the API and drops
 * the database afterwards, whatever happened. Options: `prefix` of the database's name (test runs drop leftover
 * `hh_` databases at their start, so a long seed may want another), `queuePrefix`, `env` (more or other settings,
 * e.g. rate limits), `port`. `env` and `port` given to `fn` are what the API got, for more servers beside it.
 */
export async function withApi(tag, fn, options = {}) {
  const {
    prefix = 'hh_bench_',
    queuePrefix = `hh_bench_${process.pid}`,
    env: extraEnv = {},
    port = 3800 + (process.pid % 190),
  } = options;
  const name = `${prefix}${tag}_${process.pid}_${Date.now()}`;
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hh-bench-'));
  await asAdmin(`CREATE DATABASE "${name}"`);
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    APP_ROLE: 'api',
    DATABASE_URL: url.toString(),
    PORT: String(port),
    QUEUE_PREFIX: queuePrefix,
    DATA_DIR: dataDir,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_GLOBAL: '1000000',
    RATE_LIMIT_AUTH: '1000',
    ...extraEnv,
  };
  const api = spawn(process.execPath, ['backend/dist/main.js'], {
    cwd: ROOT,
    env,
    stdio: process.env.BENCH_DEBUG ? 'inherit' : 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/api/health`, { ok: true, child: api, tries: 300 });
    return await fn({ base, dbUrl: url.toString(), name, env, port });
  } finally {
    if (api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
    }
    if (process.env.BENCH_KEEP_DB || process.env.BENCH_KEEP) process.stdout.write(`kept database ${name}\n`);
    else await asAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The argon2id hash of `password`, with the backend's settings. */
export async function hashPassword(password = PASSWORD) {
  const { hash } = backendRequire('@node-rs/argon2');
  return hash(password, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

/** Signs `email` in with `password`; returns the session cookie. */
export async function signIn(base, email, password = PASSWORD) {
  const res = await fetch(`${base}/api/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-protection': '1' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status}`);
  return res.headers.get('set-cookie').split(';')[0];
}

/** Sets the password of `email` and signs in with it; returns the session cookie. */
export async function signInAs(base, dbUrl, email) {
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  try {
    await db.query(`UPDATE users SET password_hash = $1 WHERE email = $2`, [await hashPassword(), email]);
  } finally {
    await db.end();
  }
  return signIn(base, email);
}

/** The `p` quantile (0…1) of ascending `sorted` times. */
export const quantile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/** p50/p95/p99 (ms) of `n` sequential calls of `fn(i)` after `warm` unmeasured ones. */
export async function measure(n, warm, fn) {
  const times = [];
  for (let i = 0; i < n + warm; i++) {
    const s = process.hrtime.bigint();
    await fn(i);
    if (i >= warm) times.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), p99: quantile(times, 0.99) };
}

/**
 * Times `n` GETs of `path_` after `warm` unmeasured ones; prints `label` (the path by default) padded to `width`,
 * p50/p95/p99 and the answer's size. Returns the p50 in ms, to one decimal.
 */
export async function time(base, cookie, path_, n, warm, { label = path_.slice(0, 60), width = 60 } = {}) {
  let bytes = 0;
  const t = await measure(n, warm, async () => {
    const res = await fetch(`${base}${path_}`, { headers: { cookie } });
    const body = await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path_}: ${res.status} ${Buffer.from(body).toString().slice(0, 200)}`);
    bytes = body.byteLength;
  });
  const f = (ms) => ms.toFixed(1);
  process.stdout.write(
    `${label.padEnd(width)} ${n} requests: p50 ${f(t.p50)} ms, p95 ${f(t.p95)} ms, p99 ${f(t.p99)} ms, ${bytes} bytes\n`,
  );
  return Number(f(t.p50));
}
