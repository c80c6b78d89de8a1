// One BullMQ worker per registered queue, each handing its jobs to the queue's consumer. Made here rather than
// with @Processor so that concurrency and lock time come from the configuration. A job that fails its last
// try becomes a `job.failed` event, so whoever looks after the service hears of it through the outbox.
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { scrubPersonalData } from '../logging/scrub';
import { OutboxService } from '../outbox/outbox.service';
import { EVENT_JOB, JobContext } from '../queues/jobs';
import { QueueRegistry } from '../queues/queue-registry';
import { ConsumerRegistry } from './consumer-registry';

/** Which queues get a lower concurrency (work that must not run in parallel with itself). */
const SERIAL_QUEUES = new Set(['maintenance']);

@Injectable()
export class Processors implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private workers: Worker[] = [];

  constructor(
    private readonly queues: QueueRegistry,
    private readonly consumers: ConsumerRegistry,
    private readonly outbox: OutboxService,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.consumers.consumers(); // refuses to start when a queue lacks its consumer
    this.workers = this.queues.names().map((queue) => {
      const worker = new Worker(queue, (job: Job) => this.run(queue, job), {
        connection: { url: this.config.redisUrl, maxRetriesPerRequest: null },
        prefix: this.config.queuePrefix,
        concurrency: SERIAL_QUEUES.has(queue) ? 1 : this.config.workerConcurrency,
        lockDuration: this.config.workerLockMs,
        stalledInterval: Math.max(1000, Math.round(this.config.workerLockMs / 2)),
      });
      worker.on('error', (e) => this.logger.warn(`${queue}: ${scrubPersonalData(e.message)}`));
      worker.on('failed', (job, error) => void this.failed(queue, job, error));
      return worker;
    });
  }

  /** Lets the jobs in hand finish, then stops taking new ones. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }

  run(queue: string, job: Job): Promise<unknown> {
    const handler = this.consumers.handler(queue, job.name);
    if (typeof handler === 'string') return Promise.reject(new Error(handler));
    const ctx: JobContext = { queue, name: job.name, id: String(job.id), attemptsMade: job.attemptsMade };
    this.logger.debug(`${queue}/${job.name} ${job.id}`);
    // The error a job fails with is kept in Redis and shown to staff: keep it free of addresses and numbers.
    return Promise.resolve()
      .then(() => handler(job.data, ctx))
      .catch((e: unknown) => {
        const error = e instanceof Error ? e : new Error(String(e));
        error.message = scrubPersonalData(error.message);
        if (error.stack) error.stack = scrubPersonalData(error.stack);
        throw error;
      });
  }

  private async failed(queue: string, job: Job | undefined, error: Error): Promise<void> {
    const reason = scrubPersonalData(error.message);
    this.logger.warn(`${queue}/${job?.name} ${job?.id} failed (try ${job?.attemptsMade}): ${reason}`);
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    const eventType = job.name === EVENT_JOB ? String((job.data as { type?: unknown }).type ?? '') : null;
    // A failed job.failed handler is not reported again, or a broken mail server would make an endless chain.
    if (eventType === 'job.failed') return;
    try {
      await this.outbox.emit(this.db.manager, 'job.failed', {
        queue,
        jobName: job.name,
        jobId: String(job.id),
        reason: reason.slice(0, 300),
        eventType,
      });
    } catch (e) {
      this.logger.error(`could not record a failed job: ${scrubPersonalData((e as Error).message)}`);
    }
  }
}
