// The handler of every job, by queue and name. The worker checks at start that none is missing.
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AuthService } from '../accounts/auth.service';
import { MatchingService } from '../matching/matching.service';
import { NotificationService } from '../notifications/notification.service';
import { RemindersService } from '../notifications/reminders.service';
import type { DomainEvents } from '../platform/outbox/events';
import { HandlerTable, missingHandlers } from '../platform/queues/job-handler';
import type { JobPayloads, OutboxJob, QueueName } from '../platform/queues/queues';

type P<Q extends keyof JobPayloads, N extends keyof JobPayloads[Q]> = Job<JobPayloads[Q][N]>;

function helsinkiDay(d = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(d);
}

@Injectable()
export class JobHandlers implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobHandlers.name);
  readonly table: HandlerTable;

  constructor(
    accounts: AuthService,
    notifications: NotificationService,
    reminders: RemindersService,
    matching: MatchingService,
  ) {
    this.table = {
      matching: {
        // Idempotent: a wave whose matches exist picks no one new; the next wave's job id is fixed per wave.
        event: async (job: Job<OutboxJob>) =>
          job.data.type === 'gig.published' ? matching.runWave(String(job.data.payload.gigId), 1) : [],
        wave: (job: P<'matching', 'wave'>) => matching.runWave(job.data.gigId, job.data.wave),
      },
      notifications: {
        // Idempotent: in-app notices and mail deliveries are unique per key (the event id) and person.
        event: (job: Job<OutboxJob>) => notifications.handleEvent(job.data),
        // Idempotent: one digest delivery per person and Helsinki day; digested notices are marked.
        digest: () => notifications.sendDigests(helsinkiDay()),
      },
      reminders: {
        // Idempotent: scheduled jobs have ids made of what they do, so scheduling twice adds nothing.
        event: (job: Job<OutboxJob>) => reminders.onEvent(job.data),
        // Idempotent: the notice key is the job id; the facts are checked again when it runs.
        remind: (job: P<'reminders', 'remind'>) => reminders.remind(job.data.bookingId, job.data.hours),
        'gig-ended': (job: P<'reminders', 'gig-ended'>) => reminders.gigEnded(job.data.gigId),
        // Idempotent: only a gig still published and ended changes, under a row lock.
        'auto-confirm': (job: P<'reminders', 'auto-confirm'>) => reminders.autoConfirm(job.data.gigId),
        expire: (job: P<'reminders', 'expire'>) => reminders.expire(job.data.gigId),
      },
      limits: {
        // Idempotent: the alert's key is the event id.
        event: (job: Job<OutboxJob>) =>
          job.data.type === 'limit.crossed'
            ? notifications.limitCrossed(
                job.data.eventId,
                job.data.payload as unknown as DomainEvents['limit.crossed'],
              )
            : Promise.resolve(0),
      },
      maintenance: {
        // Idempotent: deleting what has expired again deletes nothing.
        'purge-expired': () => accounts.purgeExpired(),
      },
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
