// The gigs queue: the gig's own clock. When a gig is published, its expiry (at the start, if nobody took it),
// its end (ask the organisation to confirm) and its automatic confirmation (7 days after the end) are
// scheduled; each handler checks the facts again under the gig's lock when it runs.
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../platform/clock/clock';
import type { EventOf } from '../platform/outbox/events';
import { ConsumerOf, QueueConsumer } from '../platform/queues/jobs';
import { QUEUE_PORT, QueuePort } from '../platform/queues/queue.port';
import { GigService } from './gig.service';
import './gigs.events';

export const AUTO_CONFIRM_AFTER_MS = 7 * 24 * 3_600_000;

declare module '../platform/queues/jobs' {
  interface QueueJobs {
    gigs: {
      expire: { gigId: string };
      ended: { gigId: string };
      'auto-confirm': { gigId: string };
    };
  }
}

@Injectable()
@ConsumerOf('gigs')
export class GigsJobs implements QueueConsumer<'gigs', 'gig.published'> {
  readonly events = ['gig.published'] as const;
  readonly schedules = [];

  constructor(
    private readonly gigs: GigService,
    @Inject(QUEUE_PORT) private readonly queues: QueuePort,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  // Idempotent: the job ids are made of what the jobs do, so scheduling twice adds nothing.
  async onEvent(event: EventOf<'gig.published'>): Promise<void> {
    const { gig } = event.payload;
    const now = this.clock.now().getTime();
    const startsAt = Date.parse(gig.startsAt);
    const endsAt = Date.parse(gig.endsAt);
    await this.queues.add(
      'gigs',
      'expire',
      { gigId: gig.id },
      { jobId: `expire-${gig.id}`, delay: startsAt - now },
    );
    await this.queues.add(
      'gigs',
      'ended',
      { gigId: gig.id },
      { jobId: `ended-${gig.id}`, delay: endsAt - now },
    );
    await this.queues.add(
      'gigs',
      'auto-confirm',
      { gigId: gig.id },
      { jobId: `auto-confirm-${gig.id}`, delay: endsAt + AUTO_CONFIRM_AFTER_MS - now },
    );
  }

  readonly jobs = {
    // Idempotent: each changes only a gig still published and past its moment, under the gig's row lock, and
    // writes its event in the same transaction.
    expire: ({ gigId }: { gigId: string }) => this.gigs.expireIfUntaken(gigId),
    ended: ({ gigId }: { gigId: string }) => this.gigs.ended(gigId),
    'auto-confirm': ({ gigId }: { gigId: string }) => this.gigs.autoConfirm(gigId),
  };
}
