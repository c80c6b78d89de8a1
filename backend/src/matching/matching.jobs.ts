// The matching queue: the first wave when a gig is published, then the next waves while places stay open.
import { Injectable } from '@nestjs/common';
import type { EventOf } from '../platform/outbox/events';
import { ConsumerOf, QueueConsumer } from '../platform/queues/jobs';
import type { GigFacts } from '../gigs/gigs.events';
import { MatchingService } from './matching.service';

declare module '../platform/queues/jobs' {
  interface QueueJobs {
    matching: { wave: { gig: GigFacts; wave: number } };
  }
}

@Injectable()
@ConsumerOf('matching')
export class MatchingJobs implements QueueConsumer<'matching', 'gig.published'> {
  readonly events = ['gig.published'] as const;
  readonly schedules = [];

  constructor(private readonly matching: MatchingService) {}

  // Idempotent: a wave is claimed (match_waves) before anyone is picked; a claimed wave picks no one.
  onEvent(event: EventOf<'gig.published'>): Promise<string[]> {
    return this.matching.runWave(event.payload.gig, 1);
  }

  readonly jobs = {
    // Idempotent: as above, and the next wave's job id is fixed per gig and wave.
    wave: ({ gig, wave }: { gig: GigFacts; wave: number }) => this.matching.runWave(gig, wave),
  };
}
