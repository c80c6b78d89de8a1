// A new feature brings its table, its event, its queue with a consumer, and its routes, and the platform
// takes them in without a line of it changing.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { listRoutes } from '../../src/platform/auth/route-audit';
import { Agent, insertUser, signedIn } from '../support/http';
import { readSources } from './boundaries';
import { FixtureModule } from './fixture-feature/fixture.feature';
import { CREATE_TABLE } from './fixture-feature/note.entity';
import { createApp, createWorld, testConfig, TestWorld } from '../support/test-env';
import { until } from '../support/wait';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Module } from '@nestjs/common';
import { QueueModule } from '../../src/platform/queues/queue.module';

declare module '../../src/platform/queues/jobs' {
  interface QueueJobs {
    orphan: { nothing: Record<string, never> };
  }
}

@Module({ imports: [QueueModule.register('orphan')] })
class OrphanModule {}

describe('a new feature', () => {
  let world: TestWorld;
  let app: NestExpressApplication;

  beforeAll(async () => {
    world = await createWorld();
    await world.db.query(CREATE_TABLE);
    await insertUser(world, 'hakija@example.fi', 'seeker');
    app = await createApp(testConfig(world, { APP_ROLE: 'all' }), { features: [FixtureModule] });
  });
  afterAll(async () => {
    await app?.close();
    await world?.drop();
  });

  it('adds its table, event, queue and routes without editing the platform', async () => {
    const routes = listRoutes(app).filter((r) => r.controller === 'NotesController');
    expect(routes.map((r) => `${r.method} ${r.path} ${r.hasRule}`).sort()).toEqual([
      'GET /fixture/notes/:id true',
      'POST /fixture/notes true',
    ]);
    expect((await new Agent(app).post('/api/fixture/notes', { text: 'hei' })).status).toBe(401);

    const seeker = await signedIn(app, 'hakija@example.fi');
    expect((await seeker.post('/api/fixture/notes', { text: '' })).status).toBe(400);
    const created = await seeker.post('/api/fixture/notes', { text: 'Moi' });
    expect(created.status).toBe(201);
    // The event reached the feature's own consumer through the outbox, and its job ran.
    const note = await until(
      async () => {
        const r = await seeker.get(`/api/fixture/notes/${created.body.id}`);
        return r.body.echoedAt ? r.body : undefined;
      },
      15000,
      'the note to be heard and echoed',
    );
    expect(note).toMatchObject({ text: 'Moi', heardAt: expect.any(String) });
    const health = await seeker.get('/api/health');
    expect(Object.keys(health.body.checks.queues)).toContain('fixture');

    // And no platform file names it.
    const platform = readSources(path.join(__dirname, '../../src')).filter((f) =>
      f.path.startsWith('platform/'),
    );
    expect(platform.length).toBeGreaterThan(20);
    expect(platform.filter((f) => /fixture/i.test(f.text)).map((f) => f.path)).toEqual([]);
    expect(readFileSync(path.join(__dirname, 'fixture-feature/fixture.feature.ts'), 'utf8')).toContain(
      "QueueModule.register('fixture')",
    );
  });

  it('refuses to start a worker for a queue that nobody consumes', async () => {
    await expect(
      createApp(testConfig(world, { APP_ROLE: 'worker' }), { features: [OrphanModule] }),
    ).rejects.toThrow('queue orphan has no consumer');
  });
});
