// The events the cards feature emits, with their payloads.
import type { GigFacts } from '../gigs/gigs.events';
import '../platform/outbox/events';

declare module '../platform/outbox/events' {
  interface DomainEvents {
    /** A verified organisation invited the seeker of a card to one of its published gigs (once per gig). */
    'card.invited': { invitationId: string; seekerId: string; gig: GigFacts };
  }
}
