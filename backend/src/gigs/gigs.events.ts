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
    /** A week after the end some work is still unconfirmed: the organisation is reminded. */
    'completion.overdue': { gig: GigFacts };
    /**
     * A seeker holds a place: they took it (`took`), the organisation chose them among applicants (`chosen`),
     * or a freed place went to them from the waitlist (`waitlist`).
     */
    'booking.made': {
      bookingId: string;
      gig: GigFacts;
      seekerId: string;
      how: 'took' | 'chosen' | 'waitlist';
    };
    /** A seeker applied for a gig whose organisation chooses. */
    'booking.applied': { bookingId: string; gig: GigFacts; seekerId: string };
    /** The organisation chose someone else, or the gig filled before it chose this applicant. */
    'booking.declined': { bookingId: string; gig: GigFacts; seekerId: string };
    /** The seeker gave up their place (or application) before the organisation's deadline. */
    'booking.withdrawn': { bookingId: string; gig: GigFacts; seekerId: string; placeFreed: boolean };
    /** A place nobody confirmed by the attendance deadline went to others. */
    'booking.released': { bookingId: string; gig: GigFacts; seekerId: string };
    /** The booked seekers who have not yet confirmed they are coming are asked to. */
    'attendance.asked': { gig: GigFacts; seekerIds: string[] };
    /** The organisation marked a booked person as not having come. */
    'booking.no_show': { bookingId: string; gig: GigFacts; seekerId: string };
    /** The organisation reported what a person did and was paid; the seeker confirms or disputes it. */
    'completion.reported': {
      bookingId: string;
      gig: GigFacts;
      seekerId: string;
      amountCents: number;
      minutes: number;
      paymentDate: string;
    };
    'completion.confirmed': ConfirmedCompletion;
    /** The seeker disputes what was reported: the coordinators settle it. */
    'completion.disputed': { bookingId: string; gig: GigFacts; seekerId: string; reason: string };
    /** The organisation gave the seeker feedback. */
    'feedback.given': { bookingId: string; gig: GigFacts; seekerId: string };
    /** A message in the gig's thread; `recipientIds` are everyone in the thread but the sender. */
    'gig.message': {
      messageId: string;
      gig: GigFacts;
      senderId: string;
      senderName: string;
      recipientIds: string[];
      /** When it was sent (ISO): mails of a thread are counted by it. */
      at: string;
    };
  }
}
