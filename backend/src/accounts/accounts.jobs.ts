// The accounts queue: housekeeping of sessions and sign-in links.
import { Injectable } from '@nestjs/common';
import { ConsumerOf, QueueConsumer } from '../platform/queues/jobs';
import { SessionService } from './session.service';

declare module '../platform/queues/jobs' {
  interface QueueJobs {
    accounts: { 'purge-expired': Record<string, never> };
  }
}

@Injectable()
@ConsumerOf('accounts')
export class AccountsJobs implements QueueConsumer<'accounts'> {
  readonly events = [] as const;
  readonly schedules = [{ id: 'purge-expired', job: 'purge-expired', every: 60 * 60 * 1000 }] as const;

  constructor(private readonly sessions: SessionService) {}

  onEvent(): Promise<void> {
    return Promise.resolve();
  }

  readonly jobs = {
    // Idempotent: deleting what has expired again deletes nothing.
    'purge-expired': () => this.sessions.purgeExpired(),
  };
}
