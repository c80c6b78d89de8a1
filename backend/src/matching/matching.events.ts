import type { GigFacts } from '../gigs/gigs.events';

declare module '../platform/outbox/events' {
  interface DomainEvents {
    /** A wave told these seekers about the gig. */
    'gig.matched': { gig: GigFacts; seekerIds: string[]; wave: number };
    /** A seeker saved their work profile: matching looks again at the open gigs for them. */
    'work_profile.changed': { seekerId: string };
  }
}
