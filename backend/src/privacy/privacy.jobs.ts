// The privacy queue: finishing erasures whose scrub of the kept jobs in Redis could not run when they were
// carried out (Redis away). The job carries no data; the words to scrub wait in PostgreSQL on the request.
import { Injectable } from '@nestjs/common';
import { ConsumerOf, QueueConsumer } from '../platform/queues/jobs';
import { PrivacyService } from './privacy.service';

declare module '../platform/queues/jobs' {
  interface QueueJobs {
    privacy: { 'scrub-queues': Record<string, never> };
  }
}

@Injectable()
@ConsumerOf('privacy')
export class PrivacyJobs implements QueueConsumer<'privacy'> {
  readonly events = [] as const;
  readonly schedules = [{ id: 'scrub-queues', job: 'scrub-queues', every: 5 * 60 * 1000 }] as const;

  constructor(private readonly privacy: PrivacyService) {}

  onEvent(): Promise<void> {
    return Promise.resolve();
  }

  readonly jobs = {
    // Idempotent: a scrubbed job no longer carries the words, and a request is cleared only after its scrub.
    'scrub-queues': () => this.privacy.scrubPendingQueues(),
  };
}
