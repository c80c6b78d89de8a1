// Waiting on the queues instead of sleeping, and running handlers a second time for real.
import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Client } from 'pg';
import { QueueRegistry } from '../../src/platform/queues/queue-registry';
import { Processors } from '../../src/platform/worker/processors';
import { until } from './wait';

/** True when no queue has work waiting, running or about to be retried. Delayed first tries may remain. */
export async function queuesIdle(queues: Queue[]): Promise<boolean> {
  for (const q of queues) {
    const c = await q.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
    if (Object.values(c).some((n) => n > 0)) return false;
    const delayed = await q.getJobs(['delayed']);
    if (delayed.some((j) => j.attemptsMade > 0)) return false; // a retry is pending
  }
  return true;
}

/**
 * Waits until the outbox has handed out every event and the queues have done all their work; "nothing more
 * happened" is then a fact to assert, not a guess after a sleep. Two idle looks in a row, so that a job that
 * adds another job is seen through.
 */
export async function drained(app: INestApplication, db: Client, ms = 20000): Promise<void> {
  const queues = app
    .get(QueueRegistry)
    .all()
    .map(([, q]) => q);
  let idleLooks = 0;
  await until(
    async () => {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL`,
      );
      idleLooks = rows[0].n === 0 && (await queuesIdle(queues)) ? idleLooks + 1 : 0;
      return idleLooks >= 2;
    },
    ms,
    'the outbox and the queues to drain',
  );
}

/**
 * Runs the handler of every completed job of every queue once more, with the same data, as a retry or a
 * duplicate delivery would. BullMQ keeps completed job ids, so re-adding them would run nothing: this calls
 * the handlers directly. Returns how many ran.
 */
export async function rerunCompletedJobs(app: INestApplication): Promise<number> {
  const processors = app.get(Processors);
  let ran = 0;
  for (const [name, q] of app.get(QueueRegistry).all()) {
    for (const job of await q.getCompleted(0, 1000)) {
      await processors.run(name, job);
      ran++;
    }
  }
  return ran;
}
