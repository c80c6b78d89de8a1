// The words of an in-app notification, made from its kind and the values the API stored with it.
// The API keeps values, not sentences, so a notice reads in the language the reader uses now.
import type { Notification, NotificationKind } from '$lib/api/types';
import { formatDateTime } from '$lib/dates';
import { formatCents } from '$lib/money';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

export interface NoticeText {
  /** One line saying what happened; the text of the button that opens the notice. */
  title: string;
  /** The details (when, where, pay), or '' when there are none. */
  body: string;
}

type Params = Notification['params'];

// A value missing from an older notice shows as nothing rather than as "undefined".
const text = (params: Params, key: string): string => {
  const value = params[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

const when = (params: Params, locale: Locale): string => {
  const value = params.startsAt;
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return '';
  return formatDateTime(value, locale);
};

const money = (params: Params, key: string, locale: Locale): string => {
  const cents = Number(params[key]);
  return params[key] !== '' && Number.isSafeInteger(cents) ? formatCents(cents, locale) : '';
};

type Words = (params: Params, locale: Locale) => NoticeText;

const gigValues = (p: Params, locale: Locale) => ({
  gigTitle: text(p, 'gigTitle'),
  organisationName: text(p, 'organisationName'),
  when: when(p, locale),
  area: text(p, 'area'),
  pay: money(p, 'payCents', locale),
  seekerName: text(p, 'seekerName'),
});

// Typed by the API's kinds: a kind added to the API fails the type check here until it has words.
const words: Record<NotificationKind, Words> = {
  match: (p, locale) => {
    const v = gigValues(p, locale);
    return { title: m.notice_match_title(v, { locale }), body: m.notice_match_body(v, { locale }) };
  },
  reminder: (p, locale) => {
    const v = { ...gigValues(p, locale), hours: text(p, 'hours') };
    return { title: m.notice_reminder_title(v, { locale }), body: m.notice_reminder_body(v, { locale }) };
  },
  gig_cancelled: (p, locale) => {
    const v = gigValues(p, locale);
    return {
      title: m.notice_gig_cancelled_title(v, { locale }),
      body: m.notice_gig_cancelled_body(v, { locale }),
    };
  },
  gig_completed: (p, locale) => {
    const v = gigValues(p, locale);
    return {
      title: m.notice_gig_completed_title(v, { locale }),
      body: m.notice_gig_completed_body(v, { locale }),
    };
  },
  booking_made: (p, locale) => {
    const v = gigValues(p, locale);
    return {
      title: m.notice_booking_made_title(v, { locale }),
      body: m.notice_booking_made_body(v, { locale }),
    };
  },
  booking_withdrawn: (p, locale) => {
    const v = gigValues(p, locale);
    return {
      title: m.notice_booking_withdrawn_title(v, { locale }),
      body: m.notice_booking_withdrawn_body(v, { locale }),
    };
  },
  confirm_completion: (p, locale) => {
    const v = gigValues(p, locale);
    return {
      title: m.notice_confirm_completion_title(v, { locale }),
      body: m.notice_confirm_completion_body(v, { locale }),
    };
  },
  gig_expired: (p, locale) => {
    const v = gigValues(p, locale);
    return {
      title: m.notice_gig_expired_title(v, { locale }),
      body: m.notice_gig_expired_body(v, { locale }),
    };
  },
  organisation_awaiting: (p, locale) => {
    const v = { organisationName: text(p, 'organisationName') };
    return {
      title: m.notice_organisation_awaiting_title(v, { locale }),
      body: m.notice_organisation_awaiting_body({}, { locale }),
    };
  },
  limit_alert: (p, locale) => {
    const v = {
      seekerName: text(p, 'seekerName'),
      limitName: text(p, 'limitName'),
      amount: money(p, 'amountCents', locale),
      cap: money(p, 'capCents', locale),
    };
    return {
      title: m.notice_limit_alert_title(v, { locale }),
      body: m.notice_limit_alert_body(v, { locale }),
    };
  },
  dispute: (p, locale) => {
    const v = gigValues(p, locale);
    return { title: m.notice_dispute_title(v, { locale }), body: m.notice_dispute_body(v, { locale }) };
  },
  no_show: (p, locale) => {
    const v = gigValues(p, locale);
    return { title: m.notice_no_show_title(v, { locale }), body: m.notice_no_show_body(v, { locale }) };
  },
  delivery_failed: (p, locale) => {
    const v = { queue: text(p, 'queue'), jobName: text(p, 'jobName'), reason: text(p, 'reason') };
    return {
      title: m.notice_delivery_failed_title(v, { locale }),
      body: m.notice_delivery_failed_body(v, { locale }),
    };
  },
};

/** The title and details of a notice in the given language. */
export function noticeText(notice: Pick<Notification, 'kind' | 'params'>, locale: Locale): NoticeText {
  const params: Params = notice.params ?? {};
  // A kind newer than this page still shows up, with a general title.
  if (!Object.hasOwn(words, notice.kind)) return { title: m.notice_unknown_title({}, { locale }), body: '' };
  return words[notice.kind](params, locale);
}
