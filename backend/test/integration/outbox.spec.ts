// The outbox: events are written with the change, survive Redis being away, and reach people once.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { OutboxRelay } from '../../src/platform/outbox/outbox.relay';
import { insertUser, mails, signUp } from '../support/http';
import { drained, rerunCompletedJobs } from '../support/queues';
import { createApp, createWorld, testConfig, TestWorld } from '../support/test-env';
import { until } from '../support/wait';

describe('transactional outbox and notifications', () => {
  let world: TestWorld;

  beforeAll(async () => {
    world = await createWorld();
    await insertUser(world, 'koordinaattori@example.fi', 'coordinator');
  });
  afterAll(() => world.drop());

  it('keeps the API answering with Redis away, and delivers the event once when Redis is back', async () => {
    // The API, with Redis unreachable: a new organisation still signs up.
    const api = await createApp(testConfig(world, { APP_ROLE: 'api', REDIS_URL: 'redis://127.0.0.1:1' }));
    try {
      const { agent, finished } = await signUp(api, world, 'uusi@example.fi', {
        name: 'Uuno',
        accountType: 'organisation',
        organisationName: 'Uusi ry',
        organisationKind: 'household',
      });
      expect(finished.status).toBe(200);
      expect((await agent.get('/api/health')).status).toBe(503);
    } finally {
      await api.close();
    }
    const pending = await world.db.query(
      `SELECT type FROM outbox_events WHERE dispatched_at IS NULL ORDER BY created_at`,
    );
    expect(pending.rows.map((r) => r.type)).toEqual(['account.created', 'organisation.registered']);

    // A worker with Redis: the relay moves the events, the notification job mails the coordinator.
    const worker: NestExpressApplication = await createApp(testConfig(world, { APP_ROLE: 'worker' }));
    try {
      const coordinatorMails = async () =>
        (await mails(world)).filter((m) => m.to === 'koordinaattori@example.fi');
      const [mail] = await until(
        async () => {
          const m = await coordinatorMails();
          return m.length ? m : undefined;
        },
        15000,
        'the coordinator mail',
      );
      expect(mail.subject).toBe('Uusi organisaatio odottaa tarkistusta');
      expect(mail.text).toContain('”Uusi ry”');
      expect(mail.text).toContain('http://localhost:3000/coordinator');
      const left = await world.db.query(
        `SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL`,
      );
      expect(left.rows[0].n).toBe(0);

      await drained(worker, world.db);
      const queue = worker.get<Queue>(getQueueToken('notifications'));
      expect(await queue.getJobCounts('completed', 'failed')).toEqual({ completed: 1, failed: 0 });

      // The same event again: the relay hands it out a second time (the job id makes that a no-op), and every
      // completed job's handler really runs again, as a retry after a lost acknowledgement would.
      await world.db.query(`UPDATE outbox_events SET dispatched_at = NULL`);
      expect(await worker.get(OutboxRelay).dispatchBatch()).toBe(2);
      await drained(worker, world.db);
      expect(await rerunCompletedJobs(worker)).toBeGreaterThanOrEqual(1);
      await drained(worker, world.db);
      expect(await coordinatorMails()).toHaveLength(1);
      const notices = await world.db.query(`SELECT count(*)::int AS n FROM notifications`);
      expect(notices.rows[0].n).toBe(1);
      expect(await queue.getJobCounts('completed', 'failed')).toEqual({ completed: 1, failed: 0 });
    } finally {
      await worker.close();
    }
  });
});
