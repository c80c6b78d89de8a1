// Words for the API's fixed values (categories, statuses, kinds, languages) in the reader's language.
import type {
  BookingStatus,
  CompletionStatus,
  Gig,
  GigCategoryItem,
  MatchCategory,
  MailMode,
  NotificationKind,
  OrganisationKind,
} from '$lib/api/types';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

// Typed by the API's enums: a value added to the API fails the type check here until it has words.
const categories: Record<MatchCategory, () => string> = {
  yard: m.category_yard,
  moving: m.category_moving,
  events: m.category_events,
  errands: m.category_errands,
  cleaning: m.category_cleaning,
  snow: m.category_snow,
  it: m.category_it,
  repairs: m.category_repairs,
  other: m.category_other,
};

const statuses: Record<Gig['status'], () => string> = {
  draft: m.status_draft,
  published: m.status_published,
  full: m.status_full,
  in_progress: m.status_in_progress,
  done: m.status_done,
  closed: m.status_closed,
  cancelled: m.status_cancelled,
  expired: m.status_expired,
};

const bookingStatuses: Record<BookingStatus, () => string> = {
  booked: m.booking_booked,
  withdrawn: m.booking_withdrawn,
  completed: m.booking_completed,
  no_show: m.booking_no_show,
  applied: m.booking_applied,
  waitlisted: m.booking_waitlisted,
  declined: m.booking_declined,
  released: m.booking_released,
  cancelled: m.booking_cancelled,
};

const noticeKinds: Record<NotificationKind, () => string> = {
  match: m.notice_kind_match,
  gig_invitation: m.notice_kind_gig_invitation,
  reminder: m.notice_kind_reminder,
  gig_cancelled: m.notice_kind_gig_cancelled,
  gig_changed: m.notice_kind_gig_changed,
  gig_completed: m.notice_kind_gig_completed,
  booking_made: m.notice_kind_booking_made,
  booking_withdrawn: m.notice_kind_booking_withdrawn,
  confirm_completion: m.notice_kind_confirm_completion,
  gig_expired: m.notice_kind_gig_expired,
  organisation_awaiting: m.notice_kind_organisation_awaiting,
  limit_alert: m.notice_kind_limit_alert,
  limit_reached: m.notice_kind_limit_reached,
  work_ability_due: m.notice_kind_work_ability_due,
  dispute: m.notice_kind_dispute,
  no_show: m.notice_kind_no_show,
  delivery_failed: m.notice_kind_delivery_failed,
  place_given: m.notice_kind_place_given,
  application_declined: m.notice_kind_application_declined,
  confirm_attendance: m.notice_kind_confirm_attendance,
  place_released: m.notice_kind_place_released,
  completion_to_confirm: m.notice_kind_completion_to_confirm,
  feedback_received: m.notice_kind_feedback_received,
  application_received: m.notice_kind_application_received,
  gig_message: m.notice_kind_gig_message,
};

const mailModes: Record<MailMode, () => string> = {
  each: m.mail_each,
  digest: m.mail_digest,
  off: m.mail_off,
};

// Each feature owns its queue; a queue without words here is shown by its name.
const queues: Record<string, () => string> = {
  accounts: m.queue_accounts,
  gigs: m.queue_gigs,
  matching: m.queue_matching,
  notifications: m.queue_notifications,
};

const kinds: Record<OrganisationKind, () => string> = {
  association: m.kind_association,
  household: m.kind_household,
  company: m.kind_company,
};

const languages: Record<Locale, () => string> = {
  fi: m.language_fi,
  sv: m.language_sv,
  en: m.language_en,
};

// An unknown value (a newer API than this page) is shown as is rather than hidden.
const label = (words: Record<string, () => string>, value: string): string =>
  Object.hasOwn(words, value) ? words[value]() : value;

/** The kinds of work in the order a form offers them. */
export const GIG_CATEGORIES = Object.keys(categories) as MatchCategory[];
export const MAIL_MODES = Object.keys(mailModes) as MailMode[];

export const categoryLabel = (value: string): string => label(categories, value);
export const statusLabel = (value: string): string => label(statuses, value);
export const kindLabel = (value: string): string => label(kinds, value);
export const languageName = (locale: Locale): string => languages[locale]();
export const bookingStatusLabel = (value: string): string => label(bookingStatuses, value);
export const noticeKindLabel = (value: string): string => label(noticeKinds, value);
export const mailModeLabel = (value: string): string => label(mailModes, value);
export const queueLabel = (value: string): string => label(queues, value);

/** A time in minutes as hours and minutes: "2 h", "2 h 30 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? m.duration_h({ hours }) : m.duration_h_min({ hours, minutes: rest });
}

const completionStatuses: Record<CompletionStatus, () => string> = {
  reported: m.completion_reported,
  confirmed: m.completion_confirmed,
  disputed: m.completion_disputed,
  annulled: m.completion_annulled,
};

/** Where a record of work stands: waiting for the seeker, confirmed (perhaps by the 7-day rule), disputed. */
export function completionStatusLabel(status: CompletionStatus, automatic = false): string {
  if (status === 'confirmed' && automatic) return m.completion_confirmed_auto();
  return completionStatuses[status]();
}

/** A kind of work of the managed list (GET /api/gig-categories) in the reader's language. */
export const managedCategoryName = (c: GigCategoryItem, locale: Locale): string =>
  locale === 'sv' ? c.nameSv : locale === 'en' ? c.nameEn : c.nameFi;

const weekdays = {
  mon: m.day_mon,
  tue: m.day_tue,
  wed: m.day_wed,
  thu: m.day_thu,
  fri: m.day_fri,
  sat: m.day_sat,
  sun: m.day_sun,
} as const;
export type WeekdayCode = keyof typeof weekdays;
/** The days of the week, Monday first. */
export const WEEKDAYS = Object.keys(weekdays) as WeekdayCode[];
export const weekdayLabel = (day: WeekdayCode): string => weekdays[day]();
