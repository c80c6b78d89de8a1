// The domain events and the queues each is delivered to. An event routed to no queue is kept as a record only.
import type { QueueName } from '../queues/queues';

export interface DomainEvents {
  'account.created': { userId: string; role: string };
  'organisation.registered': { organisationId: string; userId: string };
  'coordinator.invited': { invitedBy: string };
}

export type EventType = keyof DomainEvents;

export const EVENT_ROUTES: Record<EventType, QueueName[]> = {
  'account.created': [],
  'organisation.registered': ['notifications'],
  'coordinator.invited': [],
};
