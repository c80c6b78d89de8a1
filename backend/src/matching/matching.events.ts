import type { GigFacts } from '../gigs/gigs.events';

declare module '../platform/outbox/events' {
  interface DomainEvents {
    /** A wave told these seekers about the gig. */
    'gig.matched': { gig: GigFacts; seekerIds: string[]; wave: number };
  }
}
