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
  district: string;
  postalCode: string | null;
  startsAt: string;
  endsAt: string;
  payKind: 'per_gig' | 'per_hour';
  /** Gross pay as posted: for the gig, or per hour. */
  payCents: number;
  /** What one person earns for the estimated time (pay.rules). */
  expectedPayCents: number;
  places: number;
}

/** Who paid: the organisation (an association, a household or a company). A household is an employer. */
export interface Payer {
  organisationId: string;
  name: string;
  kind: 'association' | 'household' | 'company';
}

/**
 * A person's completed work on a gig, as both sides confirmed it (or as it stood when the seeker's 7 days
 * to answer ran out). Everything the earnings ledger needs; one event per person.
 */
export interface ConfirmedCompletion {
  /** The booking whose work this was: at most one confirmed completion each. */
  bookingId: string;
  gig: GigFacts;
  seekerId: string;
  payer: Payer;
  /** Gross pay in integer cents. */
  amountCents: number;
  minutes: number;
  /** The Helsinki calendar day the work was done, YYYY-MM-DD. */
  workDate: string;
  /** The day the pay is (or was) paid, YYYY-MM-DD: earnings count by it (maksuperiaate). */
  paymentDate: string;
  /** True when the seeker did not answer in time and it was confirmed for them. */
  automatic: boolean;
}

declare module '../platform/outbox/events' {
  interface DomainEvents {
    'gig.published': { gig: GigFacts };
    'gig.cancelled': { gig: GigFacts; seekerIds: string[] };
    /** The organisation changed the time, place or pay of a gig people hold places on. */
    'gig.changed': { gig: GigFacts; seekerIds: string[]; changed: string[] };
    /** The gig's end time has passed: the organisation should confirm what was done and paid. */
    'gig.ended': { gig: GigFacts };
    /** Nobody took the gig before it started. */
    'gig.expired': { gig: GigFacts };
    'booking.made': { bookingId: string; gig: GigFacts; seekerId: string };
    'booking.withdrawn': { bookingId: string; gig: GigFacts; seekerId: string };
    /** Emitted when an organisation marks a no-show (from the Gigs capability). */
    'booking.no_show': { bookingId: string; gig: GigFacts; seekerId: string };
    'completion.confirmed': ConfirmedCompletion;
    /** Emitted when a seeker disputes a completion (from the Gigs capability). */
    'completion.disputed': { gig: GigFacts; by: string };
  }
}
