// The kinds of notice, who they are for and how they are sent unless the person chooses otherwise.
import type { Role } from '../accounts/roles';

// In the order a person meets them: a seeker's from the match to the feedback, then an organisation's, then staff's.
export const NOTIFICATION_KINDS = [
  'match',
  'gig_invitation',
  'place_given',
  'application_declined',
  'confirm_attendance',
  'reminder',
  'place_released',
  'gig_changed',
  'gig_cancelled',
  'completion_to_confirm',
  'gig_completed',
  'feedback_received',
  'limit_reached',
  'work_ability_due',
  'application_received',
  'booking_made',
  'booking_withdrawn',
  'gig_expired',
  'confirm_completion',
  'gig_message',
  'organisation_awaiting',
  'limit_alert',
  'dispute',
  'no_show',
  'delivery_failed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type MailMode = 'each' | 'digest' | 'off';

export interface KindRule {
  /** The roles that receive this kind, and so see it in their preferences. */
  roles: Role[];
  /** Whether a daily digest may replace one mail each (new matches only). */
  digest: boolean;
  mail: MailMode;
}

export const KIND_RULES: Record<NotificationKind, KindRule> = {
  match: { roles: ['seeker'], digest: true, mail: 'each' },
  gig_invitation: { roles: ['seeker'], digest: false, mail: 'each' },
  booking_made: { roles: ['organisation'], digest: false, mail: 'each' },
  booking_withdrawn: { roles: ['organisation'], digest: false, mail: 'each' },
  gig_cancelled: { roles: ['seeker'], digest: false, mail: 'each' },
  gig_changed: { roles: ['seeker'], digest: false, mail: 'each' },
  reminder: { roles: ['seeker'], digest: false, mail: 'each' },
  confirm_completion: { roles: ['organisation'], digest: false, mail: 'each' },
  gig_expired: { roles: ['organisation'], digest: false, mail: 'each' },
  gig_completed: { roles: ['seeker'], digest: false, mail: 'off' },
  organisation_awaiting: { roles: ['coordinator', 'admin'], digest: false, mail: 'each' },
  limit_alert: { roles: ['coordinator', 'admin'], digest: false, mail: 'each' },
  limit_reached: { roles: ['seeker'], digest: false, mail: 'each' },
  dispute: { roles: ['coordinator', 'admin'], digest: false, mail: 'each' },
  no_show: { roles: ['coordinator', 'admin'], digest: false, mail: 'each' },
  delivery_failed: { roles: ['coordinator', 'admin'], digest: false, mail: 'off' },
  application_received: { roles: ['organisation'], digest: false, mail: 'each' },
  place_given: { roles: ['seeker'], digest: false, mail: 'each' },
  application_declined: { roles: ['seeker'], digest: false, mail: 'each' },
  place_released: { roles: ['seeker'], digest: false, mail: 'each' },
  confirm_attendance: { roles: ['seeker'], digest: false, mail: 'each' },
  completion_to_confirm: { roles: ['seeker'], digest: false, mail: 'each' },
  feedback_received: { roles: ['seeker'], digest: false, mail: 'each' },
  work_ability_due: { roles: ['seeker'], digest: false, mail: 'each' },
  gig_message: { roles: ['seeker', 'organisation', 'coordinator', 'admin'], digest: false, mail: 'each' },
};

export function kindsFor(role: Role): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((k) => KIND_RULES[k].roles.includes(role));
}

export interface Preference {
  kind: NotificationKind;
  inApp: boolean;
  mail: MailMode;
}

/** The preference in force: the stored one where it is valid, else the kind's default. */
export function effectivePreference(
  kind: NotificationKind,
  stored?: { inApp: boolean; mail: MailMode },
): Preference {
  const rule = KIND_RULES[kind];
  if (!stored) return { kind, inApp: true, mail: rule.mail };
  const mail = stored.mail === 'digest' && !rule.digest ? 'each' : stored.mail;
  return { kind, inApp: stored.inApp, mail };
}
