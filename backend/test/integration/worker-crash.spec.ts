// A worker process killed (SIGKILL) in the middle of a job: another worker takes the stalled job over, and
// every seeker still gets exactly one mail and one notice.
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { Queue } from 'bullmq';
import { insertGig, insertOrganisation, insertUser } from '../support/http';
import { SmtpSink } from '../support/smtp-sink';
import { createWorld, TestWorld } from '../support/test-env';
import { REDIS_URL } from '../support/names';
import { queuesIdle } from '../support/queues';
import { until } from '../support/wait';

function startWorker(world: TestWorld, smtp: string): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, '../../src/main.ts')], {
    cwd: path.join(__dirname, '../..'),
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      APP_ROLE: 'worker',
      DATABASE_URL: world.databaseUrl,
      REDIS_URL,
      QUEUE_PREFIX: world.queuePrefix,
      DATA_DIR: world.dataDir,
      SMTP_URL: smtp,
      WORKER_LOCK_MS: '1500',
      JOB_BACKOFF_MS: '100',
      LOG_LEVEL: 'silent',
    },
    stdio: 'ignore',
  });
}

describe('a worker killed mid-job', () => {
  let world: TestWorld;
  let sink: SmtpSink;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    world = await createWorld();
    sink = new SmtpSink();
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await sink.stop();
    await world.drop();
  });

  it('neither loses nor doubles its effect', async () => {
    const smtp = await sink.start();
    const member = await insertUser(world, 'jasen@example.fi', 'organisation');
    const org = await insertOrganisation(world, 'Oma ry', member);
    const seekers = ['a@example.fi', 'b@example.fi', 'c@example.fi'];
    for (const s of seekers) await insertUser(world, s, 'seeker');
    const gigId = await insertGig(world, org, {
      title: 'Muuttoapu',
      category: 'moving',
      hoursFromNow: 48,
      hours: 3,
      payCents: 5000,
      places: 3,
    });
    const startsAt = new Date(Date.now() + 2 * 86_400_000);
    await world.db.query(`INSERT INTO outbox_events (type, payload) VALUES ('gig.published', $1)`, [
      {
        gig: {
          id: gigId,
          organisationId: org,
          organisationName: 'Oma ry',
          title: 'Muuttoapu',
          category: 'moving',
          district: 'Pori',
          postalCode: '28100',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
          payKind: 'per_gig',
          payCents: 5000,
          expectedPayCents: 5000,
          places: 3,
        },
      },
    ]);

    // The first worker sends the first match mail, then stalls on the second: the mail server never answers.
    sink.decide = (n) => (n === 2 ? 'hold' : 'accept');
    const first = startWorker(world, smtp);
    children.push(first);
    await until(() => sink.attempts >= 2, 30000, 'the second mail to be under way');
    expect(sink.delivered).toHaveLength(1);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));

    // A second worker finds the stalled job once its lock runs out and finishes it.
    const second = startWorker(world, smtp);
    children.push(second);
    await until(() => sink.delivered.length >= 3, 30000, 'all three mails');
    // Nothing more is coming: the outbox is empty and every queue has finished its work.
    const queues = ['matching', 'notifications'].map(
      (name) => new Queue(name, { connection: { url: REDIS_URL }, prefix: world.queuePrefix }),
    );
    try {
      await until(
        async () => {
          const { rows: left } = await world.db.query(
            `SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL`,
          );
          return left[0].n === 0 && (await queuesIdle(queues));
        },
        30000,
        'the queues to drain',
      );
    } finally {
      await Promise.all(queues.map((q) => q.close()));
    }
    expect(sink.delivered.map((m) => m.to[0]).sort()).toEqual(seekers);
    const notices = await world.db.query(
      `SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.kind = 'match' ORDER BY u.email`,
    );
    expect(notices.rows.map((r) => r.email)).toEqual(seekers);
    second.kill('SIGTERM');
    await new Promise((r) => second.once('exit', r));
  }, 90_000);
});
