// Every entity of the application, listed once for the runtime connection and the migration CLI.
import { MagicLink } from '../../accounts/magic-link.entity';
import { Organisation } from '../../accounts/organisation.entity';
import { OrganisationMember } from '../../accounts/organisation-member.entity';
import { Session } from '../../accounts/session.entity';
import { User } from '../../accounts/user.entity';
import { Gig } from '../../gigs/gig.entity';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { SeedRun } from './seed-run.entity';
import { Delivery } from '../../notifications/delivery.entity';
import { Notification } from '../../notifications/notification.entity';
import { NotificationPreference } from '../../notifications/notification-preference.entity';
import { Booking } from '../../gigs/booking.entity';
import { Match } from '../../matching/match.entity';
import { MatchPreference } from '../../matching/match-preference.entity';

export const ENTITIES = [
  User,
  Session,
  MagicLink,
  Organisation,
  OrganisationMember,
  Gig,
  OutboxEvent,
  SeedRun,
  Delivery,
  Notification,
  NotificationPreference,
  Booking,
  Match,
  MatchPreference,
];
