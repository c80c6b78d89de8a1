// Which events become which notices: one row per event, saying the kind, who hears of it, the values its
// words are made of, and where it leads. The words themselves are in notice-texts.ts.
import type { GigFacts } from '../gigs/gigs.events';
import type { DomainEvents, EventOf } from '../platform/outbox/events';
import type { NotificationKind } from './kinds';
import type { Params } from './notice-texts';

/** Who receives a notice. */
export type Audience = { users: string[] } | { membersOf: string } | 'staff';

export interface NoticeRule<E extends keyof DomainEvents> {
  kind: NotificationKind;
  to: (p: DomainEvents[E]) => Audience;
  params: (p: DomainEvents[E]) => Promise<Params> | Params;
  /** A path of the web app. */
  link: (p: DomainEvents[E]) => string;
  /** The notice's key, when the event id is not enough (the same fact may be emitted more than once). */
  key?: (e: EventOf<E>) => string;
  /** Checked when the job runs: a notice that no longer holds (a match for a closed gig) is dropped. */
  holds?: (p: DomainEvents[E]) => Promise<boolean>;
}

/** What the rules need to ask of other features. */
export interface RuleDeps {
  nameOf(userId: string): Promise<string>;
  gigIsOpen(gigId: string): Promise<boolean>;
}

/** What a notice about a gig says of it. */
export function gigParams(gig: GigFacts): Params {
  return {
    gigTitle: gig.title,
    organisationName: gig.organisationName,
    startsAt: gig.startsAt,
    area: gig.district,
    payCents: gig.expectedPayCents,
  };
}

const orgGig = (gig: GigFacts) => `/org/${gig.organisationId}/gigs/${gig.id}`;

/** The events that become notices. */
export const NOTICE_EVENTS = [
  'organisation.registered',
  'gig.matched',
  'booking.made',
  'booking.withdrawn',
  'gig.cancelled',
  'gig.changed',
  'gig.ended',
  'gig.expired',
  'completion.confirmed',
  'completion.disputed',
  'booking.no_show',
  'job.failed',
] as const;
export type NoticeEvent = (typeof NOTICE_EVENTS)[number];
export type NoticeRules = { [E in NoticeEvent]: NoticeRule<E> };

export function noticeRules(deps: RuleDeps): NoticeRules {
  const withSeeker = async (p: { gig: GigFacts; seekerId: string }) => ({
    ...gigParams(p.gig),
    seekerName: await deps.nameOf(p.seekerId),
  });
  return {
    'organisation.registered': {
      kind: 'organisation_awaiting',
      to: () => 'staff',
      params: (p) => ({ organisationName: p.organisationName }),
      link: () => '/coordinator',
    } satisfies NoticeRule<'organisation.registered'>,
    'gig.matched': {
      kind: 'match',
      to: (p) => ({ users: p.seekerIds }),
      params: (p) => gigParams(p.gig),
      link: (p) => `/gigs/${p.gig.id}`,
      holds: (p) => deps.gigIsOpen(p.gig.id),
    } satisfies NoticeRule<'gig.matched'>,
    'booking.made': {
      kind: 'booking_made',
      to: (p) => ({ membersOf: p.gig.organisationId }),
      params: withSeeker,
      link: (p) => orgGig(p.gig),
    } satisfies NoticeRule<'booking.made'>,
    'booking.withdrawn': {
      kind: 'booking_withdrawn',
      to: (p) => ({ membersOf: p.gig.organisationId }),
      params: withSeeker,
      link: (p) => orgGig(p.gig),
    } satisfies NoticeRule<'booking.withdrawn'>,
    'gig.cancelled': {
      kind: 'gig_cancelled',
      to: (p) => ({ users: p.seekerIds }),
      params: (p) => gigParams(p.gig),
      link: () => '/gigs',
    } satisfies NoticeRule<'gig.cancelled'>,
    'gig.changed': {
      kind: 'gig_changed',
      to: (p) => ({ users: p.seekerIds }),
      params: (p) => gigParams(p.gig),
      link: (p) => `/gigs/${p.gig.id}`,
    } satisfies NoticeRule<'gig.changed'>,
    'gig.ended': {
      kind: 'confirm_completion',
      to: (p) => ({ membersOf: p.gig.organisationId }),
      params: (p) => gigParams(p.gig),
      link: (p) => orgGig(p.gig),
      key: (e) => `gig-ended-${e.payload.gig.id}`,
    } satisfies NoticeRule<'gig.ended'>,
    'gig.expired': {
      kind: 'gig_expired',
      to: (p) => ({ membersOf: p.gig.organisationId }),
      params: (p) => gigParams(p.gig),
      link: (p) => `/org/${p.gig.organisationId}/gigs`,
    } satisfies NoticeRule<'gig.expired'>,
    'completion.confirmed': {
      kind: 'gig_completed',
      to: (p) => ({ users: [p.seekerId] }),
      params: (p) => ({ ...gigParams(p.gig), payCents: p.amountCents }),
      link: () => '/my-gigs',
      key: (e) => `completed-${e.payload.bookingId}`,
    } satisfies NoticeRule<'completion.confirmed'>,
    'completion.disputed': {
      kind: 'dispute',
      to: () => 'staff',
      params: (p) => gigParams(p.gig),
      link: () => '/coordinator',
    } satisfies NoticeRule<'completion.disputed'>,
    'booking.no_show': {
      kind: 'no_show',
      to: () => 'staff',
      params: withSeeker,
      link: () => '/coordinator',
    } satisfies NoticeRule<'booking.no_show'>,
    'job.failed': {
      kind: 'delivery_failed',
      to: () => 'staff',
      params: (p) => ({ queue: p.queue, jobName: p.jobName, reason: p.reason.slice(0, 200) }),
      link: () => '/coordinator/jobs',
      key: (e) => `failed-${e.payload.queue}-${e.payload.jobId}`,
    } satisfies NoticeRule<'job.failed'>,
  };
}
