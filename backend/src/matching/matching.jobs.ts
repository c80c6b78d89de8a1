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

type Wakes = 'gig.published' | 'booking.withdrawn' | 'booking.released' | 'work_profile.changed';

@Injectable()
@ConsumerOf('matching')
export class MatchingJobs implements QueueConsumer<'matching', Wakes> {
  readonly events = [
    'gig.published',
    'booking.withdrawn',
    'booking.released',
    'work_profile.changed',
  ] as const;
  readonly schedules = [];

  constructor(private readonly matching: MatchingService) {}

  // Idempotent: a wave is claimed (match_waves) before anyone is picked, a freed place's wave by the event's
  // id; a claimed wave picks no one. A profile change never picks a gig the seeker was already told of.
  onEvent(event: EventOf<Wakes>): Promise<string[]> {
    switch (event.type) {
      case 'gig.published':
        return this.matching.runWave(event.payload.gig, 1);
      case 'booking.withdrawn':
        return event.payload.placeFreed
          ? this.matching.onPlaceFreed(event.payload.gig, event.eventId)
          : Promise.resolve([]);
      case 'booking.released':
        return this.matching.onPlaceFreed(event.payload.gig, event.eventId);
      case 'work_profile.changed':
        return this.matching.onProfileChanged(event.payload.seekerId);
    }
  }

  readonly jobs = {
    // Idempotent: as above, and the next wave's job id is fixed per gig and wave.
    wave: ({ gig, wave }: { gig: GigFacts; wave: number }) => this.matching.runWave(gig, wave),
  };
}
