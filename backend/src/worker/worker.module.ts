import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutboxRelay } from '../platform/outbox/outbox.relay';
import { JobHandlers } from './job-handlers';
import { Processors } from './processors';
import { Scheduler } from './scheduler';

/** The worker role: the outbox relay, the queue processors and the schedules. */
@Module({
  imports: [NotificationsModule, MatchingModule],
  providers: [JobHandlers, Processors, Scheduler, OutboxRelay],
})
export class WorkerModule {}
