// Which events become which notices: a row (or a few) per event, saying the kind, who hears of it, the values
// its words are made of, and where it leads. The words themselves are in notice-texts.ts.
import type { GigFacts } from '../gigs/gigs.events';
import '../earnings/earnings.events';
import '../cards/cards.events';
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
  holds?: (p: DomainEvents[E]) => Promise<boolean> | boolean;
  /**
   * The key of the mail, when mails should come less often than notices: one mail per key and person. A
   * thread's messages, say, mail each person at most once in half an hour; every message is in the app.
   */
  mailKey?: (e: EventOf<E>) => string;
  /**
   * Mails that share this key reach one person at most once per PEOPLE_MAIL_EVERY_MS (the first one goes; the
   * rest are in the app only), so booking and withdrawing over and over cannot flood an organisation's mail.
   */
  mailThrottle?: (p: DomainEvents[E]) => string;
}

/** How often one person gets mail about the people of one gig (booked, withdrawn, applied). */
export const PEOPLE_MAIL_EVERY_MS = 30 * 60_000;
const gigPeople = (p: { gig: GigFacts }) => `people-${p.gig.id}`;

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
  'card.invited',
  'booking.made',
  'booking.applied',
  'booking.declined',
  'booking.released',
  'attendance.asked',
  'completion.reported',
  'completion.overdue',
  'feedback.given',
  'gig.message',
  'booking.withdrawn',
  'gig.cancelled',
  'gig.changed',
  'gig.ended',
  'gig.expired',
  'completion.confirmed',
  'completion.disputed',
  'booking.no_show',
  'limit.crossed',
  'job.failed',
] as const;
export type NoticeEvent = (typeof NOTICE_EVENTS)[number];
export type NoticeRules = { [E in NoticeEvent]: NoticeRule<E> | NoticeRule<E>[] };

/** A thread's mails come at most once in this many milliseconds per person. */
export const MESSAGE_MAIL_EVERY_MS = 30 * 60_000;

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
    'card.invited': {
      // One invitation row per gig and seeker: the event, and so the notice, comes once.
      kind: 'gig_invitation',
      to: (p) => ({ users: [p.seekerId] }),
      params: (p) => gigParams(p.gig),
      link: (p) => `/gigs/${p.gig.id}`,
      holds: (p) => deps.gigIsOpen(p.gig.id),
    } satisfies NoticeRule<'card.invited'>,
    'booking.made': [
      {
        // The organisation chose this person itself: it needs no notice of its own choice.
        kind: 'booking_made',
        to: (p) => ({ membersOf: p.gig.organisationId }),
        holds: (p) => p.how !== 'chosen',
        params: withSeeker,
        link: (p) => orgGig(p.gig),
        mailThrottle: gigPeople,
      } satisfies NoticeRule<'booking.made'>,
      {
        kind: 'place_given',
        to: (p) => ({ users: [p.seekerId] }),
        holds: (p) => p.how !== 'took',
        params: (p) => gigParams(p.gig),
        link: (p) => `/gigs/${p.gig.id}`,
      } satisfies NoticeRule<'booking.made'>,
    ],
    'booking.applied': {
      kind: 'application_received',
      to: (p) => ({ membersOf: p.gig.organisationId }),
      params: withSeeker,
      link: (p) => `${orgGig(p.gig)}/people`,
      mailThrottle: gigPeople,
    } satisfies NoticeRule<'booking.applied'>,
    'booking.declined': {
      kind: 'application_declined',
      to: (p) => ({ users: [p.seekerId] }),
      params: (p) => gigParams(p.gig),
      link: () => '/gigs',
    } satisfies NoticeRule<'booking.declined'>,
    'booking.released': {
      kind: 'place_released',
      to: (p) => ({ users: [p.seekerId] }),
      params: (p) => gigParams(p.gig),
      link: (p) => `/gigs/${p.gig.id}`,
    } satisfies NoticeRule<'booking.released'>,
    'attendance.asked': {
      kind: 'confirm_attendance',
      to: (p) => ({ users: p.seekerIds }),
      params: (p) => gigParams(p.gig),
      link: (p) => `/gigs/${p.gig.id}`,
      key: (e) => `attendance-${e.payload.gig.id}`,
    } satisfies NoticeRule<'attendance.asked'>,
    'completion.reported': {
      kind: 'completion_to_confirm',
      to: (p) => ({ users: [p.seekerId] }),
      params: (p) => ({
        ...gigParams(p.gig),
        payCents: p.amountCents,
        minutes: p.minutes,
        paymentDate: p.paymentDate,
      }),
      link: (p) => `/gigs/${p.gig.id}`,
    } satisfies NoticeRule<'completion.reported'>,
    'completion.overdue': {
      kind: 'confirm_completion',
      to: (p) => ({ membersOf: p.gig.organisationId }),
      params: (p) => gigParams(p.gig),
      link: (p) => `${orgGig(p.gig)}/completion`,
      key: (e) => `overdue-${e.payload.gig.id}`,
    } satisfies NoticeRule<'completion.overdue'>,
    'feedback.given': {
      kind: 'feedback_received',
      to: (p) => ({ users: [p.seekerId] }),
      params: (p) => gigParams(p.gig),
      link: () => '/work-history',
    } satisfies NoticeRule<'feedback.given'>,
    'gig.message': {
      kind: 'gig_message',
      to: (p) => ({ users: p.recipientIds }),
      params: (p) => ({ ...gigParams(p.gig), senderName: p.senderName }),
      link: (p) => `/gigs/${p.gig.id}/messages`,
      mailKey: (e) =>
        `thread-${e.payload.gig.id}-${Math.floor(Date.parse(e.payload.at) / MESSAGE_MAIL_EVERY_MS)}`,
    } satisfies NoticeRule<'gig.message'>,
    'booking.withdrawn': {
      kind: 'booking_withdrawn',
      to: (p) => ({ membersOf: p.gig.organisationId }),
      params: withSeeker,
      link: (p) => orgGig(p.gig),
      mailThrottle: gigPeople,
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
      link: (p) => `${orgGig(p.gig)}/completion`,
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
      params: (p) => ({ ...gigParams(p.gig), seekerName: '' }),
      link: () => '/coordinator/disputes',
    } satisfies NoticeRule<'completion.disputed'>,
    'booking.no_show': {
      kind: 'no_show',
      to: () => 'staff',
      params: withSeeker,
      link: () => '/coordinator',
    } satisfies NoticeRule<'booking.no_show'>,
    'limit.crossed': [
      {
        kind: 'limit_alert',
        // The seeker's own coordinator; every coordinator while none is assigned.
        to: (p) => (p.coordinatorId ? { users: [p.coordinatorId] } : 'staff'),
        params: (p) => ({
          seekerName: p.seekerName,
          amountCents: p.amountCents,
          capCents: p.limitCents,
          limitName: p.limitName,
          threshold: p.threshold,
        }),
        link: (p) => `/coordinator/earnings/${p.seekerId}`,
        key: (e) =>
          `limit-${e.payload.seekerId}-${e.payload.ruleKey}-${e.payload.periodStart}-${e.payload.threshold}`,
      } satisfies NoticeRule<'limit.crossed'>,
      {
        // The seeker too, in their own words: where they stand and what it means.
        kind: 'limit_reached',
        to: (p) => ({ users: [p.seekerId] }),
        params: (p) => ({
          amountCents: p.amountCents,
          capCents: p.limitCents,
          threshold: p.threshold,
          limitName: p.limitName,
          limitName_fi: p.limitNames?.fi ?? p.limitName,
          limitName_sv: p.limitNames?.sv ?? p.limitName,
          limitName_en: p.limitNames?.en ?? p.limitName,
        }),
        link: () => '/earnings',
        key: (e) =>
          `limit-reached-${e.payload.seekerId}-${e.payload.ruleKey}-${e.payload.periodStart}-${e.payload.threshold}`,
      } satisfies NoticeRule<'limit.crossed'>,
    ],
    'job.failed': {
      kind: 'delivery_failed',
      to: () => 'staff',
      params: (p) => ({ queue: p.queue, jobName: p.jobName, reason: p.reason.slice(0, 200) }),
      link: () => '/coordinator/jobs',
      key: (e) => `failed-${e.payload.queue}-${e.payload.jobId}`,
    } satisfies NoticeRule<'job.failed'>,
  };
}
