// A clean world for one test file: its own database (cloned from the run's template), its own queue prefix
// and its own mail folder; and the app booted on them.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { Redis } from 'ioredis';
import type { Type } from '@nestjs/common';
import { AppModule } from '../../src/app.module';
import { CLOCK, Clock } from '../../src/platform/clock/clock';
import { AppConfig, loadConfig } from '../../src/platform/config/config';
import { httpAppOptions, setupHttp } from '../../src/platform/http/setup';
import { ADMIN_URL, REDIS_URL, dbUrl, runId, templateName } from './names';

export interface TestWorld {
  name: string;
  databaseUrl: string;
  queuePrefix: string;
  dataDir: string;
  db: Client;
  drop(): Promise<void>;
}

export async function createWorld(): Promise<TestWorld> {
  const run = runId();
  const name = `hh_test_${run}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName(run)}"`);
  await admin.end();
  const db = new Client({ connectionString: dbUrl(name) });
  await db.connect();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hh-test-'));
  return {
    name,
    databaseUrl: dbUrl(name),
    queuePrefix: name,
    dataDir,
    db,
    async drop() {
      await db.end();
      const a = new Client({ connectionString: ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
      const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
      const keys = await redis.keys(`${name}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function testConfig(world: TestWorld, env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: world.databaseUrl,
    REDIS_URL: REDIS_URL,
    QUEUE_PREFIX: world.queuePrefix,
    DATA_DIR: world.dataDir,
    RATE_LIMIT_AUTH: '10000',
    RATE_LIMIT_GLOBAL: '100000',
    LOG_LEVEL: 'silent',
    ...env,
  });
}

export interface AppOptions {
  /** A clock the test controls (e.g. a ManualClock), instead of the system's. */
  clock?: Clock;
  /** Extra feature modules, e.g. a fixture feature. */
  features?: Type[];
}

export async function createApp(
  config: AppConfig,
  options: AppOptions = {},
): Promise<NestExpressApplication> {
  let builder = Test.createTestingModule({ imports: [AppModule.forRole(config, options.features)] });
  if (options.clock) builder = builder.overrideProvider(CLOCK).useValue(options.clock);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>(httpAppOptions({ logger: false }));
  setupHttp(app, config);
  try {
    await app.init();
  } catch (e) {
    await app.close().catch(() => undefined); // a failed start must not leave its connections open
    throw e;
  }
  return app;
}

/**
 * A describe block's world and app: a database of its own and the app booted on it, made before its tests and
 * removed after them. Use as `const t = useApp({ APP_ROLE: 'api' })`, then `t.app` and `t.world` in tests.
 */
export function useApp(env: Record<string, string> = {}): { world: TestWorld; app: NestExpressApplication } {
  const t = {} as { world: TestWorld; app: NestExpressApplication };
  beforeAll(async () => {
    t.world = await createWorld();
    t.app = await createApp(testConfig(t.world, env));
  });
  afterAll(async () => {
    await t.app?.close();
    await t.world?.drop();
  });
  return t;
}
