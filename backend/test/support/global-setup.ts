// Once per jest run: remove what crashed runs left behind, then build a migrated template database that
// every test file clones (CREATE DATABASE … TEMPLATE), so each file starts clean in a fraction of a second.
import 'reflect-metadata';
import { Client } from 'pg';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../src/migrations';
import { dataSourceOptions } from '../../src/platform/database/data-source-options';
import { ADMIN_URL, REDIS_URL, RUN_PATTERN, dbUrl, pidAlive, templateName } from './names';

export default async function globalSetup(): Promise<void> {
  const run = `${process.pid}_${Date.now()}`;
  process.env.HH_TEST_RUN = run;

  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname ~ '^hh_(tpl|test|e2e)_'`,
  );
  for (const { datname } of rows) {
    const m = RUN_PATTERN.exec(datname);
    if (m && !pidAlive(Number(m[1]))) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  }
  await admin.query(`CREATE DATABASE "${templateName(run)}"`);
  await admin.end();

  const ds = new DataSource(dataSourceOptions(dbUrl(templateName(run)), MIGRATIONS));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();

  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  const dead = new Set<string>();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', 'hh_test_*', 'COUNT', 1000);
    cursor = next;
    for (const k of keys) {
      const pid = /^hh_test_(\d+)_/.exec(k)?.[1];
      if (pid && !pidAlive(Number(pid))) dead.add(k);
    }
  } while (cursor !== '0');
  if (dead.size) await redis.del(...dead);
  redis.disconnect();
}
