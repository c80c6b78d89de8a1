import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';

/** Repeatable work. upsertJobScheduler is idempotent, so every worker may call it at start. */
@Injectable()
export class Scheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(Scheduler.name);

  constructor(@InjectQueue('maintenance') private readonly maintenance: Queue) {}

  onApplicationBootstrap(): void {
    // Not awaited: with Redis away at start this waits for it instead of holding up the start.
    this.maintenance
      .upsertJobScheduler('purge-expired', { every: 60 * 60 * 1000 }, { name: 'purge-expired', data: {} })
      .catch((e: Error) => this.logger.warn(`could not set the schedules: ${e.message}`));
  }
}
