// The notifications queue: a notice for each event in the notice rules, the reminders before a gig, the
// daily digest of new matches, and the daily reminder of a due work-ability self-assessment.
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../platform/clock/clock';
import { helsinkiDay } from '../platform/core/helsinki';
import type { EventOf } from '../platform/outbox/events';
import { ConsumerOf, QueueConsumer } from '../platform/queues/jobs';
import { NotificationService } from './notification.service';
import { NOTICE_EVENTS, NoticeEvent } from './notice-rules';
import { Reminder, RemindersService } from './reminders.service';
import '../gigs/gigs.events';
import '../matching/matching.events';
import '../accounts/accounts.events';
import '../earnings/earnings.events';
import '../cards/cards.events';

declare module '../platform/queues/jobs' {
  interface QueueJobs {
    notifications: {
      remind: Reminder;
      digest: Record<string, never>;
      prune: Record<string, never>;
      workAbility: Record<string, never>;
    };
  }
}

@Injectable()
@ConsumerOf('notifications')
export class NotificationsJobs implements QueueConsumer<'notifications', NoticeEvent> {
  readonly events = NOTICE_EVENTS;
  readonly schedules = [
    { id: 'daily-digest', job: 'digest', pattern: '0 7 * * *', tz: 'Europe/Helsinki' },
    { id: 'prune-old', job: 'prune', pattern: '30 3 * * *', tz: 'Europe/Helsinki' },
    { id: 'daily-work-ability', job: 'workAbility', pattern: '0 9 * * *', tz: 'Europe/Helsinki' },
  ] as const;

  constructor(
    private readonly notifications: NotificationService,
    private readonly reminders: RemindersService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  // Idempotent: in-app notices and mail deliveries are unique per key (the event id) and person; reminder jobs
  // have ids made of the booking, so scheduling or unscheduling twice changes nothing.
  async onEvent(event: EventOf<NoticeEvent>): Promise<number> {
    if (event.type === 'booking.made') {
      const p = event.payload;
      await this.reminders.schedule(p.bookingId, p.seekerId, p.gig);
    } else if (event.type === 'booking.withdrawn' || event.type === 'booking.released') {
      await this.reminders.unschedule(event.payload.bookingId);
    }
    return this.notifications.handleEvent(event);
  }

  readonly jobs = {
    // Idempotent: the notice key is the job id; the booking is checked again when it runs.
    remind: (r: Reminder) => this.reminders.remind(r),
    // Idempotent: one digest delivery per person and Helsinki day; digested notices are marked.
    digest: () => this.notifications.sendDigests(helsinkiDay(this.clock.now())),
    // Idempotent: deleting what is older than RETAIN_NOTIFICATIONS_DAYS again deletes nothing.
    prune: () => this.notifications.pruneOld(),
    // Idempotent: one notice per seeker and day the assessment fell due (its key), however often it runs.
    workAbility: () => this.reminders.remindWorkAbility(),
  };
}
