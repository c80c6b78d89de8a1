import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutboxRelay } from '../platform/outbox/outbox.relay';
import { JobHandlers } from './job-handlers';
import { MaintenanceProcessor, NotificationsProcessor } from './processors';
import { Scheduler } from './scheduler';

/** The worker role: the outbox relay, the queue processors and the schedules. */
@Module({
  imports: [NotificationsModule],
  providers: [JobHandlers, NotificationsProcessor, MaintenanceProcessor, Scheduler, OutboxRelay],
})
export class WorkerModule {}
