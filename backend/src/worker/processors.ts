// One BullMQ worker per queue, each handing its jobs to the handler table. Made here rather than with
// @Processor so that concurrency and lock time come from the configuration.
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../platform/config/config';
import { QUEUE_NAMES, QueueName } from '../platform/queues/queues';
import { NotificationService } from '../notifications/notification.service';
import { JobHandlers } from './job-handlers';

@Injectable()
export class Processors implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private workers: Worker[] = [];

  constructor(
    private readonly handlers: JobHandlers,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.workers = QUEUE_NAMES.map((queue) => {
      const worker = new Worker(queue, (job: Job) => this.handlers.run(queue, job), {
        connection: { url: this.config.redisUrl, maxRetriesPerRequest: null },
        prefix: this.config.queuePrefix,
        concurrency: queue === 'maintenance' ? 1 : this.config.workerConcurrency,
        lockDuration: this.config.workerLockMs,
        stalledInterval: Math.max(1000, Math.round(this.config.workerLockMs / 2)),
      });
      worker.on('error', (e) => this.logger.warn(`${queue}: ${e.message}`));
      worker.on('failed', (job, error) => void this.failed(queue, job, error));
      return worker;
    });
  }

  /** Lets the jobs in hand finish, then stops taking new ones. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }

  private async failed(queue: QueueName, job: Job | undefined, error: Error): Promise<void> {
    this.logger.warn(`${queue}/${job?.name} ${job?.id} failed (try ${job?.attemptsMade}): ${error.message}`);
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    try {
      await this.notifications.deliveryFailed(queue, job.name, String(job.id), error.message);
    } catch (e) {
      this.logger.error(`could not tell the staff about a failed job: ${(e as Error).message}`);
    }
  }
}
