// `npm test`: the whole suite — backend unit, integration and API tests (jest, on the real PostgreSQL and
// Redis), frontend tests (vitest), then browser journeys (node:test + playwright-core + Chromium) against the
// built product running on a database of its own. Ends with one line: "total: N passed, N failed".
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ROOT, startStack } from './lib/processes.mjs';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'hh-test-run-'));
const only = process.argv.slice(2); // e.g. `npm test -- e2e` runs one part
const results = [];

function run(cmd, args, cwd, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

async function part(name, fn) {
  if (only.length && !only.includes(name)) return;
  process.stdout.write(`\n=== ${name} ===\n`);
  const started = Date.now();
  try {
    const r = await fn();
    results.push({ name, ...r, seconds: (Date.now() - started) / 1000 });
  } catch (e) {
    process.stderr.write(`${name}: ${e.stack ?? e.message}\n`);
    results.push({ name, passed: 0, failed: 1, exit: 1, seconds: (Date.now() - started) / 1000 });
  }
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

await part('backend', async () => {
  const out = path.join(tmp, 'jest.json');
  const exit = await run('npx', ['jest', '--json', `--outputFile=${out}`], path.join(ROOT, 'backend'));
  const j = readJson(out);
  return { passed: j?.numPassedTests ?? 0, failed: j?.numFailedTests ?? (exit ? 1 : 0), exit };
});

await part('frontend', async () => {
  const out = path.join(tmp, 'vitest.json');
  const exit = await run(
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    path.join(ROOT, 'frontend'),
  );
  const j = readJson(out);
  return { passed: j?.numPassedTests ?? 0, failed: j?.numFailedTests ?? (exit ? 1 : 0), exit };
});

await part('e2e', async () => {
  process.stdout.write('building the product for the browser tests…\n');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const name = `hh_e2e_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${name}`;
  const [apiPort, webPort] = [await freePort(), await freePort()];
  const dataDir = path.join(tmp, 'data');
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: dbUrl.toString(),
    REDIS_URL,
    QUEUE_PREFIX: `hh_test_${process.pid}_e2e`,
    DATA_DIR: dataDir,
    PORT: String(apiPort),
    WEB_PORT: String(webPort),
    PUBLIC_URL: `http://localhost:${webPort}`,
    DEMO_SEED: 'true',
    RATE_LIMIT_AUTH: '1000',
    LOG_LEVEL: 'warn',
  };
  let stack;
  try {
    stack = await startStack(env, { quiet: !process.env.E2E_VERBOSE });
    const tap = path.join(tmp, 'e2e.tap');
    const exit = await run(
      process.execPath,
      [
        '--test',
        '--test-concurrency=1',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tap}`,
        'tests/',
      ],
      path.join(ROOT, 'e2e'),
      {
        E2E_BASE_URL: env.PUBLIC_URL,
        E2E_MAIL_DIR: path.join(dataDir, 'mail'),
        // For steps that stand for time passing (a gig that has been done), not for checking results.
        E2E_DATABASE_URL: env.DATABASE_URL,
        E2E_ARTIFACTS: path.join(tmp, 'artifacts'),
      },
    );
    const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
    const count = (k) => Number(new RegExp(`^# ${k} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { passed: count('pass'), failed: count('fail') || (exit ? 1 : 0), exit };
  } finally {
    await stack?.stop();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
});

rmSync(tmp, { recursive: true, force: true });
process.stdout.write('\n');
for (const r of results)
  process.stdout.write(`${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(1)} s)\n`);
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
const bad = results.some((r) => r.exit !== 0 || r.failed > 0);
process.stdout.write(`total: ${passed} passed, ${failed} failed\n`);
process.exit(bad ? 1 : 0);
