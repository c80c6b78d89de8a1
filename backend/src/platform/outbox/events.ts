// The domain events and the queues each is delivered to. An event routed to no queue is kept as a record only.
import type { QueueName } from '../queues/queues';

export interface DomainEvents {
  'account.created': { userId: string; role: string };
  'organisation.registered': { organisationId: string; userId: string };
  'organisation.verified': { organisationId: string; by: string };
  'coordinator.invited': { invitedBy: string };
  'gig.published': { gigId: string; organisationId: string };
  'gig.matched': { gigId: string; seekerIds: string[]; wave: number };
  'gig.cancelled': { gigId: string; seekerIds: string[] };
  'booking.made': { bookingId: string; gigId: string; seekerId: string };
  'booking.withdrawn': { bookingId: string; gigId: string; seekerId: string };
  'booking.no_show': { bookingId: string; gigId: string; seekerId: string };
  'completion.confirmed': { gigId: string; seekerIds: string[]; automatic: boolean };
  'completion.disputed': { gigId: string; by: string };
  /** Emitted by the Earnings capability when a seeker's earnings near or pass a limit. */
  'limit.crossed': { seekerId: string; limitName: string; amountCents: number; capCents: number };
}

export type EventType = keyof DomainEvents;

export const EVENT_ROUTES: Record<EventType, QueueName[]> = {
  'account.created': [],
  'organisation.registered': ['notifications'],
  'organisation.verified': [],
  'coordinator.invited': [],
  'gig.published': ['matching', 'reminders'],
  'gig.matched': ['notifications'],
  'gig.cancelled': ['notifications'],
  'booking.made': ['notifications', 'reminders'],
  'booking.withdrawn': ['notifications', 'reminders'],
  'booking.no_show': ['notifications'],
  'completion.confirmed': ['notifications'],
  'completion.disputed': ['notifications'],
  'limit.crossed': ['limits'],
};
