// The events of the accounts feature. Each carries what its consumers need, so nobody comes back for it.
import type { Role } from './roles';

declare module '../platform/outbox/events' {
  interface DomainEvents {
    'account.created': { userId: string; role: Role };
    'organisation.registered': { organisationId: string; organisationName: string; userId: string };
    'organisation.verified': { organisationId: string; by: string };
    'coordinator.invited': { invitedBy: string };
  }
}
