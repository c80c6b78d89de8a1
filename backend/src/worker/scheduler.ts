import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';

/** Repeatable work. upsertJobScheduler is idempotent, so every worker may call it at start. */
@Injectable()
export class Scheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(Scheduler.name);

  constructor(
    @InjectQueue('maintenance') private readonly maintenance: Queue,
    @InjectQueue('notifications') private readonly notifications: Queue,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: with Redis away at start this waits for it instead of holding up the start.
    Promise.all([
      this.maintenance.upsertJobScheduler(
        'purge-expired',
        { every: 60 * 60 * 1000 },
        { name: 'purge-expired', data: {} },
      ),
      this.notifications.upsertJobScheduler(
        'daily-digest',
        { pattern: '0 7 * * *', tz: 'Europe/Helsinki' },
        { name: 'digest', data: {} },
      ),
    ]).catch((e: Error) => this.logger.warn(`could not set the schedules: ${e.message}`));
  }
}
