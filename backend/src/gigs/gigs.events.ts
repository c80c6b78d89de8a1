// The events of the gigs feature. Each carries the facts of the gig its consumers show or decide on, so no
// consumer reads the gigs tables.
import type { GigCategory } from './gig.entity';

/** What an event says of a gig; instants as ISO strings (events are JSON). */
export interface GigFacts {
  id: string;
  organisationId: string;
  organisationName: string;
  title: string;
  category: GigCategory;
  area: string;
  startsAt: string;
  endsAt: string;
  payCents: number;
  places: number;
}

declare module '../platform/outbox/events' {
  interface DomainEvents {
    'gig.published': { gig: GigFacts };
    'gig.cancelled': { gig: GigFacts; seekerIds: string[] };
    /** The gig's end time has passed: the organisation should confirm what was done and paid. */
    'gig.ended': { gig: GigFacts };
    /** Nobody took the gig before it started. */
    'gig.expired': { gig: GigFacts };
    'booking.made': { bookingId: string; gig: GigFacts; seekerId: string };
    'booking.withdrawn': { bookingId: string; gig: GigFacts; seekerId: string };
    /** Emitted when an organisation marks a no-show (from the Gigs capability). */
    'booking.no_show': { bookingId: string; gig: GigFacts; seekerId: string };
    'completion.confirmed': { gig: GigFacts; seekerIds: string[]; automatic: boolean };
    /** Emitted when a seeker disputes a completion (from the Gigs capability). */
    'completion.disputed': { gig: GigFacts; by: string };
  }
}
