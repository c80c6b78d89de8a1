// Moves committed outbox events into BullMQ. Runs in the worker role. While Redis is away the events wait in
// PostgreSQL and go out when it answers again; the event id is the job id, so a repeated add is a no-op.
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { withTimeout } from '../core/timeout';
import { EVENT_JOB } from '../queues/jobs';
import { QueueRegistry } from '../queues/queue-registry';
import { ConsumerRegistry } from '../worker/consumer-registry';

const BATCH = 100;
const POLL_MS = 500;
const ADD_TIMEOUT_MS = 5000;

@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly consumers: ConsumerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.dispatchBatch().catch((e: Error) => {
        this.logger.warn(`outbox relay: ${e.message}`);
        return 0;
      });
      void this.running.then((n) => this.schedule(n === BATCH ? 0 : POLL_MS));
    }, ms);
  }

  /** Dispatches up to one batch; returns how many events went out. Safe to run in several workers at once. */
  async dispatchBatch(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows: { id: string; type: string; payload: Record<string, unknown> }[] = await m.query(
        `SELECT id, type, payload FROM outbox_events WHERE dispatched_at IS NULL
         ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      const done: string[] = [];
      for (const row of rows) {
        try {
          for (const queue of this.consumers.routes(row.type)) {
            await withTimeout(
              this.queues
                .get(queue)!
                .add(EVENT_JOB, { eventId: row.id, type: row.type, payload: row.payload }, { jobId: row.id }),
              ADD_TIMEOUT_MS,
            );
          }
          done.push(row.id);
        } catch (e) {
          await m.query(`UPDATE outbox_events SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
            row.id,
            String((e as Error).message).slice(0, 500),
          ]);
          break; // Redis is likely away: keep order and try the rest on the next round
        }
      }
      if (done.length) {
        await m.query(`UPDATE outbox_events SET dispatched_at = now() WHERE id = ANY($1::uuid[])`, [done]);
      }
      return done.length;
    });
  }
}
