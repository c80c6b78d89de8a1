// `npm start`: builds the product and runs it locally — API, worker and web app at http://localhost:3000 —
// on an embedded PostgreSQL when DATABASE_URL is unset, Redis at REDIS_URL, and mail to the development mailbox.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startStack, stopProcess } from './lib/processes.mjs';
import { ensureRedis, startEmbeddedPostgres } from './lib/services.mjs';

const say = (m) => process.stdout.write(`[start] ${m}\n`);

if (existsSync(path.join(ROOT, '.env'))) process.loadEnvFile(path.join(ROOT, '.env'));
const env = { ...process.env };
// An empty variable counts as unset (`PORT= npm start` must not start on an empty port).
// npm start is for a developer's own machine: development mode (demo data, the development mailbox), with the
// API and the web app on 127.0.0.1 only. The backend on its own treats an unset NODE_ENV as production.
env.NODE_ENV ||= 'development';
if (env.NODE_ENV === 'development') {
  env.HOST ||= '127.0.0.1';
  env.WEB_HOST ||= '127.0.0.1';
}
env.PORT ||= '3001';
env.WEB_PORT ||= '3000';
env.PUBLIC_URL ||= `http://localhost:${env.WEB_PORT}`;
env.REDIS_URL ||= 'redis://127.0.0.1:6379';
env.DATA_DIR = path.resolve(ROOT, env.DATA_DIR || '.data');

const cleanups = [];
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  for (const fn of cleanups.reverse()) await fn().catch((e) => say(`while stopping: ${e.message}`));
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

say(
  env.NODE_ENV === 'production'
    ? 'mode: production'
    : `mode: ${env.NODE_ENV} (demo accounts and the development mailbox; listening on ${env.HOST ?? '0.0.0.0'} and ${env.WEB_HOST ?? '0.0.0.0'} only)`,
);

try {
  if (!env.DATABASE_URL) {
    const port = Number(env.EMBEDDED_PG_PORT || 54329);
    say(`DATABASE_URL is not set: starting the embedded PostgreSQL on port ${port}`);
    const pg = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, port, root: ROOT, say, log: () => {} });
    cleanups.push(() => pg.stop());
    env.DATABASE_URL = pg.url;
  }
  const redis = await ensureRedis({ redisUrl: env.REDIS_URL, dataDir: env.DATA_DIR, log: say });
  cleanups.push(() => redis.stop());

  if (!env.SKIP_BUILD) {
    say('building the backend and the web app…');
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }

  const stack = await startStack(env);
  cleanups.push(() => stack.stop());
  for (const child of stack.children) {
    child.once('exit', (code) => {
      if (!stopping) {
        say(`${child.name} stopped unexpectedly (code ${code})`);
        void shutdown(1);
      }
    });
  }
  say(`ready: open ${env.PUBLIC_URL}  (stop with Ctrl+C)`);
} catch (e) {
  process.stderr.write(`\n${e.message}\n\n`);
  await shutdown(1);
}

export { stopProcess };
