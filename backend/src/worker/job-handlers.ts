// The handler of every job, by queue and name. The worker checks at start that none is missing.
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AuthService } from '../accounts/auth.service';
import { NotificationService } from '../notifications/notification.service';
import { HandlerTable, missingHandlers } from '../platform/queues/job-handler';
import type { OutboxJob, QueueName } from '../platform/queues/queues';

@Injectable()
export class JobHandlers implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobHandlers.name);
  readonly table: HandlerTable;

  constructor(accounts: AuthService, notifications: NotificationService) {
    this.table = {
      // Idempotent: the event id is the job id, and each delivery is claimed under a unique key before sending.
      notifications: { event: (job: Job<OutboxJob>) => notifications.handleEvent(job.data) },
      // Idempotent: deleting what has expired twice deletes nothing the second time.
      maintenance: { 'purge-expired': () => accounts.purgeExpired() },
    };
  }

  onApplicationBootstrap(): void {
    const missing = missingHandlers(this.table);
    if (missing.length) throw new Error(`jobs without a handler: ${missing.join(', ')}`);
  }

  run(queue: QueueName, job: Job): Promise<unknown> {
    const handler = this.table[queue]?.[job.name];
    if (!handler) throw new Error(`no handler for ${queue}/${job.name}`);
    this.logger.debug(`${queue}/${job.name} ${job.id}`);
    return handler(job);
  }
}
