// The earnings queue: a confirmed completion becomes a ledger entry.
import { Injectable } from '@nestjs/common';
import type { EventOf } from '../platform/outbox/events';
import { ConsumerOf, QueueConsumer } from '../platform/queues/jobs';
import { EarningsService } from './earnings.service';
import '../gigs/gigs.events';

declare module '../platform/queues/jobs' {
  interface QueueJobs {
    earnings: Record<string, never>;
  }
}

@Injectable()
@ConsumerOf('earnings')
export class EarningsJobs implements QueueConsumer<'earnings', 'completion.confirmed'> {
  readonly events = ['completion.confirmed'] as const;
  readonly schedules = [];
  readonly jobs = {};

  constructor(private readonly earnings: EarningsService) {}

  // Idempotent: one gig entry per booking (a unique index); a repeated event writes nothing and alerts no one.
  onEvent(event: EventOf<'completion.confirmed'>): Promise<boolean> {
    return this.earnings.fromCompletion(event.payload);
  }
}
