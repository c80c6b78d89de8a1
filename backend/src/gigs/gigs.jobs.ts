// The gigs queue: the gig's own clock and the deadlines of its people. When a gig is published (or its time
// changes), its jobs are scheduled: asking the booked to confirm they are coming and, at the attendance
// deadline, releasing unconfirmed places; the start (under way, or expired if nobody took it); the end (the
// organisation is asked to confirm); 7 days after the end, a reminder if some work is still unconfirmed.
// After a report, each person's 7 days to answer. Every handler checks the facts again under the gig's row
// lock when it runs, so a job that comes early, late or twice changes nothing it should not.
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../platform/clock/clock';
import type { EventOf } from '../platform/outbox/events';
import { ConsumerOf, QueueConsumer } from '../platform/queues/jobs';
import { QUEUE_PORT, QueuePort } from '../platform/queues/queue.port';
import { attendanceMoments } from './booking.rules';
import { BookingService } from './booking.service';
import { CompletionService } from './completion.service';
import { GigService } from './gig.service';
import type { GigFacts } from './gigs.events';

const HOUR = 3_600_000;
export const REPORT_OVERDUE_AFTER_MS = 7 * 24 * HOUR;

type GigJob = { gigId: string };

declare module '../platform/queues/jobs' {
  interface QueueJobs {
    gigs: {
      expire: GigJob;
      ended: GigJob;
      'report-overdue': GigJob;
      'ask-attendance': GigJob;
      'release-unconfirmed': GigJob;
      'answer-deadline': { bookingId: string };
    };
  }
}

const GIG_JOBS = ['expire', 'ended', 'report-overdue', 'ask-attendance', 'release-unconfirmed'] as const;

@Injectable()
@ConsumerOf('gigs')
export class GigsJobs implements QueueConsumer<'gigs', 'gig.published' | 'gig.changed'> {
  readonly events = ['gig.published', 'gig.changed'] as const;
  readonly schedules = [];

  constructor(
    private readonly gigs: GigService,
    private readonly bookings: BookingService,
    private readonly completions: CompletionService,
    @Inject(QUEUE_PORT) private readonly queues: QueuePort,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  // Idempotent: the job ids are made of what the jobs do, so scheduling twice adds nothing; a changed time
  // removes the jobs not yet run and adds them at the new moments.
  async onEvent(event: EventOf<'gig.published' | 'gig.changed'>): Promise<void> {
    const { gig } = event.payload;
    if (event.type === 'gig.changed') {
      if (!event.payload.changed.includes('time')) return;
      for (const job of GIG_JOBS) await this.queues.remove('gigs', `${job}-${gig.id}`);
    }
    await this.schedule(gig);
  }

  private async schedule(gig: GigFacts): Promise<void> {
    const now = this.clock.now().getTime();
    const startsAt = Date.parse(gig.startsAt);
    const endsAt = Date.parse(gig.endsAt);
    const add = (job: (typeof GIG_JOBS)[number], at: number) =>
      this.queues.add('gigs', job, { gigId: gig.id }, { jobId: `${job}-${gig.id}`, delay: at - now });
    const facts = await this.gigs.matchFacts(gig.id);
    const attendance = attendanceMoments(gig.startsAt, facts?.attendanceHours ?? 0);
    if (attendance) {
      await add('ask-attendance', attendance.ask);
      await add('release-unconfirmed', attendance.deadline);
    }
    await add('expire', startsAt);
    await add('ended', endsAt);
    await add('report-overdue', endsAt + REPORT_OVERDUE_AFTER_MS);
  }

  readonly jobs = {
    // Idempotent: each changes only a gig still in the state it expects and past its moment, under the gig's
    // row lock, and writes its event in the same transaction.
    expire: ({ gigId }: GigJob) => this.gigs.expireIfUntaken(gigId),
    ended: ({ gigId }: GigJob) => this.gigs.ended(gigId),
    'report-overdue': ({ gigId }: GigJob) => this.gigs.reportOverdue(gigId),
    // Idempotent: the notice key is the gig; unconfirmed bookings are asked again only in a new gig state.
    'ask-attendance': ({ gigId }: GigJob) => this.bookings.askAttendance(gigId),
    // Idempotent: a released booking is no longer booked, so a second run releases no one.
    'release-unconfirmed': ({ gigId }: GigJob) => this.bookings.releaseUnconfirmed(gigId),
    // Idempotent: only a completion still waiting for its answer is confirmed.
    'answer-deadline': ({ bookingId }: { bookingId: string }) => this.completions.answerDeadline(bookingId),
  };
}
