// Notices as mail: the words come from notice-texts.ts, the frame from the platform's mail layout.
import { renderMail } from '../platform/mail/layout';
import type { OutgoingMail } from '../platform/mail/mail.port';
import type { Locale } from '../platform/i18n/locales';
import type { NotificationKind } from './kinds';
import { euros, noticeText, Params, when } from './notice-texts';

const FOOTER: Record<Locale, string> = {
  fi: 'Hanttihommat. Voit muuttaa, mistä saat viestejä, ilmoitusasetuksista.',
  sv: 'Hanttihommat. Du kan ändra vilka meddelanden du får i aviseringsinställningarna.',
  en: 'Hanttihommat. You can change which messages you get in your notification settings.',
};

/**
 * The subject of each kind of mail: fixed words only. Text that people chose (a gig's title, a name) never goes
 * into a subject, where it would read as the service's own words (and could be made to look like a scam).
 */
const SUBJECTS: Record<Locale, Record<NotificationKind, string>> = {
  fi: {
    match: 'Uusi keikka sinulle',
    gig_invitation: 'Sinut kutsuttiin keikalle',
    place_given: 'Sait paikan keikalta',
    application_declined: 'Tietoa hakemuksestasi',
    confirm_attendance: 'Vahvista, että tulet keikalle',
    reminder: 'Muistutus keikasta',
    place_released: 'Paikkasi keikalla vapautui',
    gig_changed: 'Keikkasi muuttui',
    gig_cancelled: 'Keikka peruttiin',
    completion_to_confirm: 'Tarkista keikan raportti',
    gig_completed: 'Keikka vahvistettiin',
    feedback_received: 'Sait palautetta',
    application_received: 'Uusi hakemus keikalle',
    booking_made: 'Keikalle tuli tekijä',
    booking_withdrawn: 'Tekijä perui keikan',
    gig_expired: 'Keikalle ei löytynyt tekijää',
    confirm_completion: 'Vahvista keikka',
    gig_message: 'Uusi viesti keikasta',
    organisation_awaiting: 'Uusi organisaatio odottaa tarkistusta',
    limit_reached: 'Tietoa ansiorajastasi',
    limit_alert: 'Ansiorajahälytys',
    dispute: 'Erimielisyys keikasta',
    no_show: 'Tekijä ei tullut keikalle',
    delivery_failed: 'Viestin lähetys epäonnistui',
    work_ability_due: 'Miten sinulla menee?',
  },
  sv: {
    match: 'Nytt uppdrag för dig',
    gig_invitation: 'Du bjöds in till ett uppdrag',
    place_given: 'Du fick en plats i ett uppdrag',
    application_declined: 'Om din ansökan',
    confirm_attendance: 'Bekräfta att du kommer',
    reminder: 'Påminnelse om ett uppdrag',
    place_released: 'Din plats i uppdraget frigjordes',
    gig_changed: 'Ditt uppdrag ändrades',
    gig_cancelled: 'Uppdraget ställdes in',
    completion_to_confirm: 'Granska rapporten om uppdraget',
    gig_completed: 'Uppdraget bekräftades',
    feedback_received: 'Du fick respons',
    application_received: 'Ny ansökan till ett uppdrag',
    booking_made: 'Någon tog uppdraget',
    booking_withdrawn: 'Någon avbokade uppdraget',
    gig_expired: 'Ingen tog uppdraget',
    confirm_completion: 'Bekräfta uppdraget',
    gig_message: 'Nytt meddelande om ett uppdrag',
    organisation_awaiting: 'En ny organisation väntar på granskning',
    limit_reached: 'Om din inkomstgräns',
    limit_alert: 'Larm om en inkomstgräns',
    dispute: 'Oenighet om ett uppdrag',
    no_show: 'Någon kom inte till uppdraget',
    delivery_failed: 'Ett meddelande kunde inte skickas',
    work_ability_due: 'Hur går det för dig?',
  },
  en: {
    match: 'A new gig for you',
    gig_invitation: 'You were invited to a gig',
    place_given: 'You got a place on a gig',
    application_declined: 'About your application',
    confirm_attendance: 'Confirm that you are coming',
    reminder: 'A reminder of your gig',
    place_released: 'Your place on a gig was released',
    gig_changed: 'Your gig changed',
    gig_cancelled: 'A gig was cancelled',
    completion_to_confirm: 'Check the report of your gig',
    gig_completed: 'A gig was confirmed',
    feedback_received: 'You got feedback',
    application_received: 'A new application for a gig',
    booking_made: 'Someone took your gig',
    booking_withdrawn: 'Someone withdrew from your gig',
    gig_expired: 'Nobody took your gig',
    confirm_completion: 'Confirm a gig',
    gig_message: 'A new message about a gig',
    organisation_awaiting: 'A new organisation awaits checking',
    limit_reached: 'About your earnings limit',
    limit_alert: 'An earnings limit alert',
    dispute: 'A dispute about a gig',
    no_show: 'Someone did not come to a gig',
    delivery_failed: 'A message could not be sent',
    work_ability_due: 'How are you doing?',
  },
};

/** The values that people typed (titles, names): shown in mails only as quoted data. */
const TYPED = ['gigTitle', 'organisationName', 'seekerName', 'senderName'] as const;
const QUOTES: Record<Locale, [string, string]> = { fi: ['”', '”'], sv: ['”', '”'], en: ['“', '”'] };

export function quoteTyped(params: Params, locale: Locale): Params {
  const [open, close] = QUOTES[locale];
  const out = { ...params };
  for (const k of TYPED) if (typeof out[k] === 'string' && out[k]) out[k] = `${open}${out[k]}${close}`;
  return out;
}

export function notificationMail(p: {
  kind: NotificationKind;
  to: string;
  locale: Locale;
  params: Params;
  url: string;
  preferencesUrl: string;
  messageId: string;
}): OutgoingMail {
  const w = noticeText(p.kind, quoteTyped(p.params, p.locale), p.locale);
  return {
    to: p.to,
    subject: SUBJECTS[p.locale][p.kind],
    messageId: p.messageId,
    headers: { 'List-Unsubscribe': `<${p.preferencesUrl}>` },
    ...renderMail({
      lang: p.locale,
      heading: w.title,
      paragraphs: w.lines,
      action: { label: w.action, url: p.url },
      footer: `${FOOTER[p.locale]} ${p.preferencesUrl}`,
    }),
  };
}

const DIGEST: Record<Locale, { subject: (n: number) => string; intro: string; action: string }> = {
  fi: {
    subject: (n) => `${n} uutta keikkaa sinulle`,
    intro: 'Uudet keikat, jotka sopivat sinulle:',
    action: 'Katso keikat',
  },
  sv: {
    subject: (n) => `${n} nya uppdrag för dig`,
    intro: 'Nya uppdrag som passar dig:',
    action: 'Se uppdragen',
  },
  en: { subject: (n) => `${n} new gigs for you`, intro: 'New gigs that fit you:', action: 'See the gigs' },
};

export function digestMail(p: {
  to: string;
  locale: Locale;
  items: Params[];
  url: string;
  preferencesUrl: string;
  messageId: string;
}): OutgoingMail {
  const d = DIGEST[p.locale];
  return {
    to: p.to,
    subject: d.subject(p.items.length),
    messageId: p.messageId,
    headers: { 'List-Unsubscribe': `<${p.preferencesUrl}>` },
    ...renderMail({
      lang: p.locale,
      heading: d.subject(p.items.length),
      paragraphs: [
        d.intro,
        ...p.items
          .map((i) => quoteTyped(i, p.locale))
          .map(
            (i) =>
              `${i.gigTitle} (${i.organisationName}), ${when(i.startsAt, p.locale)}, ${i.area}, ${euros(i.payCents, p.locale)}`,
          ),
      ],
      action: { label: d.action, url: p.url },
      footer: `${FOOTER[p.locale]} ${p.preferencesUrl}`,
    }),
  };
}
