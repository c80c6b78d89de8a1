// Migration drift check: migrate a scratch database, then ask TypeORM whether the entities need another migration.
// Exits non-zero when they do, so CI fails when entities and migrations disagree.
import { execFileSync } from 'node:child_process';
import pg from 'pg';

const admin = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `hh_drift_${process.pid}_${Date.now()}`;
const url = new URL(admin);
url.pathname = `/${name}`;

const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`CREATE DATABASE "${name}"`);
let code = 0;
try {
  const env = { ...process.env, DATABASE_URL: url.toString() };
  const cli = ['-r', '@swc-node/register', '../node_modules/typeorm/cli.js'];
  const ds = ['-d', 'src/platform/database/data-source.ts'];
  execFileSync('node', [...cli, 'migration:run', ...ds], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    execFileSync('node', [...cli, 'migration:generate', '--check', ...ds, 'src/migrations/Drift'], {
      env,
      stdio: 'inherit',
    });
    console.log('drift: entities and migrations agree');
  } catch {
    console.error('drift: the entities need a migration that does not exist (see above)');
    code = 1;
  }
} finally {
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}
process.exit(code);
