import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { QueueRegistry } from '../queues/queue-registry';
import { ConsumerRegistry } from './consumer-registry';

/** The consumers' repeatable work. upsertJobScheduler is idempotent, so every worker may call it at start. */
@Injectable()
export class Scheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(Scheduler.name);

  constructor(
    private readonly queues: QueueRegistry,
    private readonly consumers: ConsumerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    const work: Promise<unknown>[] = [];
    for (const [queue, consumer] of this.consumers.consumers()) {
      for (const s of consumer.schedules) {
        const repeat = s.pattern ? { pattern: s.pattern, tz: s.tz } : { every: s.every };
        work.push(this.queues.get(queue)!.upsertJobScheduler(s.id, repeat, { name: s.job, data: {} }));
      }
    }
    // Not awaited: with Redis away at start this waits for it instead of holding up the start.
    Promise.all(work).catch((e: Error) => this.logger.warn(`could not set the schedules: ${e.message}`));
  }
}
