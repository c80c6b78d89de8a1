// Keeps what the platform stores from growing for ever: outbox events already handed to the queues, and
// finished jobs (completed or failed) in Redis, go after RETAIN_OUTBOX_DAYS and RETAIN_JOBS_DAYS. Runs hourly
// in every worker; deleting what is old is idempotent, so several workers doing it at once is harmless.
// Features prune their own tables (notifications: notifications.jobs.ts).
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { scrubPersonalData } from '../logging/scrub';
import { QueueRegistry } from '../queues/queue-registry';

const EVERY_MS = 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

@Injectable()
export class Retention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Retention.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.prune().catch((e: Error) => this.logger.warn(`retention: ${scrubPersonalData(e.message)}`));
    }, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Deletes what is past its age; returns how many outbox rows and jobs went. */
  async prune(): Promise<{ outbox: number; jobs: number }> {
    const [, outbox] = (await this.db.query(
      `DELETE FROM outbox_events
       WHERE dispatched_at IS NOT NULL AND dispatched_at < now() - make_interval(days => $1)`,
      [this.config.retainOutboxDays],
    )) as [unknown, number];
    let jobs = 0;
    const grace = this.config.retainJobsDays * DAY_MS;
    for (const [, queue] of this.queues.all()) {
      for (const state of ['completed', 'failed'] as const) {
        jobs += (await queue.clean(grace, 10_000, state)).length;
      }
    }
    if (outbox || jobs)
      this.logger.log(`retention: ${outbox} outbox events and ${jobs} finished jobs deleted`);
    return { outbox, jobs };
  }
}
