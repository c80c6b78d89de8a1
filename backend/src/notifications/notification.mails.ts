// The mail of every kind of notice, in Finnish, Swedish and English. Short, plain, with a link to the thing.
import { renderMail } from '../platform/mail/layout';
import type { OutgoingMail } from '../platform/mail/mail.port';
import type { Locale } from '../accounts/roles';
import type { NotificationKind } from './kinds';

export type Params = Record<string, string | number>;

/** What a notice about a gig says of it. */
export function gigParams(gig: {
  title: string;
  organisationName: string;
  startsAt: Date;
  area: string;
  payCents: number;
}): Params {
  return {
    gigTitle: gig.title,
    organisationName: gig.organisationName,
    startsAt: gig.startsAt.toISOString(),
    area: gig.area,
    payCents: gig.payCents,
  };
}

const TAGS: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function when(iso: string | number, locale: Locale): string {
  return new Intl.DateTimeFormat(TAGS[locale], {
    timeZone: 'Europe/Helsinki',
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function euros(cents: string | number, locale: Locale): string {
  return new Intl.NumberFormat(TAGS[locale], { style: 'currency', currency: 'EUR' }).format(
    Number(cents) / 100,
  );
}

interface Words {
  subject: (p: Params, l: Locale) => string;
  lines: (p: Params, l: Locale) => string[];
  action: string;
}

type Table = Record<NotificationKind, Words>;

const fi: Table = {
  match: {
    subject: (p) => `Uusi keikka sinulle: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} tarvitsee apua: ${p.gigTitle}.`,
      `Aika: ${when(p.startsAt, l)}. Paikka: ${p.area}. Palkka: ${euros(p.payCents, l)}.`,
    ],
    action: 'Katso keikka',
  },
  booking_made: {
    subject: (p) => `${p.seekerName} otti keikan: ${p.gigTitle}`,
    lines: (p, l) => [`${p.seekerName} tulee tekemään keikan ${p.gigTitle} (${when(p.startsAt, l)}).`],
    action: 'Katso keikka',
  },
  booking_withdrawn: {
    subject: (p) => `${p.seekerName} perui keikan: ${p.gigTitle}`,
    lines: (p) => [`${p.seekerName} ei pääse keikalle ${p.gigTitle}. Paikka on taas vapaana muille.`],
    action: 'Katso keikka',
  },
  gig_cancelled: {
    subject: (p) => `Keikka peruttiin: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} perui keikan ${p.gigTitle} (${when(p.startsAt, l)}). Sinun ei tarvitse tehdä mitään.`,
    ],
    action: 'Katso muita keikkoja',
  },
  reminder: {
    subject: (p) => `Muistutus: ${p.gigTitle} alkaa ${Number(p.hours) >= 24 ? 'huomenna' : 'pian'}`,
    lines: (p, l) => [
      `Keikkasi ${p.gigTitle} alkaa ${when(p.startsAt, l)}.`,
      `Paikka: ${p.area}. Jos et pääse, peru keikka mahdollisimman pian.`,
    ],
    action: 'Katso keikka',
  },
  confirm_completion: {
    subject: (p) => `Vahvista keikka: ${p.gigTitle}`,
    lines: (p) => [
      `Keikka ${p.gigTitle} on päättynyt. Vahvista, että työ tehtiin ja palkka maksettiin.`,
      'Jos et vahvista, keikka vahvistuu itsestään 7 päivän kuluttua.',
    ],
    action: 'Vahvista keikka',
  },
  gig_expired: {
    subject: (p) => `Keikalle ei löytynyt tekijää: ${p.gigTitle}`,
    lines: (p) => [`Kukaan ei ottanut keikkaa ${p.gigTitle} ennen sen alkua. Voit julkaista uuden keikan.`],
    action: 'Avaa keikat',
  },
  gig_completed: {
    subject: (p) => `Keikka vahvistettiin: ${p.gigTitle}`,
    lines: (p) => [`Keikka ${p.gigTitle} on merkitty tehdyksi.`],
    action: 'Katso keikkasi',
  },
  organisation_awaiting: {
    subject: (p) => `Uusi organisaatio odottaa tarkistusta: ${p.organisationName}`,
    lines: (p) => [
      `${p.organisationName} liittyi Hanttihommiin. Tarkista organisaatio ennen kuin se julkaisee keikkoja.`,
    ],
    action: 'Avaa koordinaattorin näkymä',
  },
  limit_alert: {
    subject: (p) => `Ansioraja lähellä: ${p.seekerName}`,
    lines: (p, l) => [
      `${p.seekerName}: ansiot ${euros(p.amountCents, l)}, raja ${euros(p.capCents, l)} (${p.limitName}).`,
    ],
    action: 'Avaa koordinaattorin näkymä',
  },
  dispute: {
    subject: (p) => `Erimielisyys keikasta: ${p.gigTitle}`,
    lines: (p) => [`Keikasta ${p.gigTitle} (${p.organisationName}) on erimielisyys. Selvitä tilanne.`],
    action: 'Avaa koordinaattorin näkymä',
  },
  no_show: {
    subject: (p) => `Tekijä ei saapunut: ${p.gigTitle}`,
    lines: (p) => [`${p.seekerName} ei saapunut keikalle ${p.gigTitle}.`],
    action: 'Avaa koordinaattorin näkymä',
  },
  delivery_failed: {
    subject: (p) => `Viestin toimitus epäonnistui (${p.queue})`,
    lines: (p) => [`Työ ${p.queue}/${p.jobName} epäonnistui kaikilla yrityksillä: ${p.reason}`],
    action: 'Avaa epäonnistuneet työt',
  },
};

const sv: Table = {
  match: {
    subject: (p) => `Nytt uppdrag för dig: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} behöver hjälp: ${p.gigTitle}.`,
      `Tid: ${when(p.startsAt, l)}. Plats: ${p.area}. Lön: ${euros(p.payCents, l)}.`,
    ],
    action: 'Se uppdraget',
  },
  booking_made: {
    subject: (p) => `${p.seekerName} tog uppdraget: ${p.gigTitle}`,
    lines: (p, l) => [`${p.seekerName} kommer att göra uppdraget ${p.gigTitle} (${when(p.startsAt, l)}).`],
    action: 'Se uppdraget',
  },
  booking_withdrawn: {
    subject: (p) => `${p.seekerName} avbokade: ${p.gigTitle}`,
    lines: (p) => [`${p.seekerName} kan inte komma till ${p.gigTitle}. Platsen är ledig igen.`],
    action: 'Se uppdraget',
  },
  gig_cancelled: {
    subject: (p) => `Uppdraget ställdes in: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} ställde in ${p.gigTitle} (${when(p.startsAt, l)}). Du behöver inte göra något.`,
    ],
    action: 'Se andra uppdrag',
  },
  reminder: {
    subject: (p) => `Påminnelse: ${p.gigTitle} börjar ${Number(p.hours) >= 24 ? 'i morgon' : 'snart'}`,
    lines: (p, l) => [
      `Ditt uppdrag ${p.gigTitle} börjar ${when(p.startsAt, l)}.`,
      `Plats: ${p.area}. Om du inte kan komma, avboka så snart som möjligt.`,
    ],
    action: 'Se uppdraget',
  },
  confirm_completion: {
    subject: (p) => `Bekräfta uppdraget: ${p.gigTitle}`,
    lines: (p) => [
      `Uppdraget ${p.gigTitle} är slut. Bekräfta att arbetet gjordes och lönen betalades.`,
      'Om du inte bekräftar, bekräftas uppdraget automatiskt efter 7 dagar.',
    ],
    action: 'Bekräfta uppdraget',
  },
  gig_expired: {
    subject: (p) => `Ingen tog uppdraget: ${p.gigTitle}`,
    lines: (p) => [`Ingen tog uppdraget ${p.gigTitle} innan det började. Du kan publicera ett nytt.`],
    action: 'Öppna uppdragen',
  },
  gig_completed: {
    subject: (p) => `Uppdraget bekräftades: ${p.gigTitle}`,
    lines: (p) => [`Uppdraget ${p.gigTitle} är markerat som gjort.`],
    action: 'Se dina uppdrag',
  },
  organisation_awaiting: {
    subject: (p) => `En ny organisation väntar på granskning: ${p.organisationName}`,
    lines: (p) => [
      `${p.organisationName} har gått med i Hanttihommat. Granska organisationen innan den publicerar uppdrag.`,
    ],
    action: 'Öppna koordinatorns vy',
  },
  limit_alert: {
    subject: (p) => `Inkomstgränsen nära: ${p.seekerName}`,
    lines: (p, l) => [
      `${p.seekerName}: inkomster ${euros(p.amountCents, l)}, gräns ${euros(p.capCents, l)} (${p.limitName}).`,
    ],
    action: 'Öppna koordinatorns vy',
  },
  dispute: {
    subject: (p) => `Oenighet om uppdraget: ${p.gigTitle}`,
    lines: (p) => [`Det finns en oenighet om ${p.gigTitle} (${p.organisationName}). Reda ut saken.`],
    action: 'Öppna koordinatorns vy',
  },
  no_show: {
    subject: (p) => `Ingen kom: ${p.gigTitle}`,
    lines: (p) => [`${p.seekerName} kom inte till ${p.gigTitle}.`],
    action: 'Öppna koordinatorns vy',
  },
  delivery_failed: {
    subject: (p) => `Leveransen misslyckades (${p.queue})`,
    lines: (p) => [`Jobbet ${p.queue}/${p.jobName} misslyckades vid alla försök: ${p.reason}`],
    action: 'Öppna misslyckade jobb',
  },
};

const en: Table = {
  match: {
    subject: (p) => `A new gig for you: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} needs a hand: ${p.gigTitle}.`,
      `When: ${when(p.startsAt, l)}. Where: ${p.area}. Pay: ${euros(p.payCents, l)}.`,
    ],
    action: 'See the gig',
  },
  booking_made: {
    subject: (p) => `${p.seekerName} took the gig: ${p.gigTitle}`,
    lines: (p, l) => [`${p.seekerName} will do ${p.gigTitle} (${when(p.startsAt, l)}).`],
    action: 'See the gig',
  },
  booking_withdrawn: {
    subject: (p) => `${p.seekerName} cancelled: ${p.gigTitle}`,
    lines: (p) => [`${p.seekerName} cannot come to ${p.gigTitle}. The place is free again.`],
    action: 'See the gig',
  },
  gig_cancelled: {
    subject: (p) => `Gig cancelled: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} cancelled ${p.gigTitle} (${when(p.startsAt, l)}). You do not need to do anything.`,
    ],
    action: 'See other gigs',
  },
  reminder: {
    subject: (p) => `Reminder: ${p.gigTitle} starts ${Number(p.hours) >= 24 ? 'tomorrow' : 'soon'}`,
    lines: (p, l) => [
      `Your gig ${p.gigTitle} starts ${when(p.startsAt, l)}.`,
      `Where: ${p.area}. If you cannot come, cancel as soon as you can.`,
    ],
    action: 'See the gig',
  },
  confirm_completion: {
    subject: (p) => `Confirm the gig: ${p.gigTitle}`,
    lines: (p) => [
      `${p.gigTitle} has ended. Confirm that the work was done and the pay was paid.`,
      'If you do not, the gig is confirmed automatically after 7 days.',
    ],
    action: 'Confirm the gig',
  },
  gig_expired: {
    subject: (p) => `No one took the gig: ${p.gigTitle}`,
    lines: (p) => [`No one took ${p.gigTitle} before it started. You can post a new gig.`],
    action: 'Open your gigs',
  },
  gig_completed: {
    subject: (p) => `Gig confirmed: ${p.gigTitle}`,
    lines: (p) => [`${p.gigTitle} is marked as done.`],
    action: 'See your gigs',
  },
  organisation_awaiting: {
    subject: (p) => `A new organisation awaits verification: ${p.organisationName}`,
    lines: (p) => [
      `${p.organisationName} has joined Hanttihommat. Check the organisation before it posts gigs.`,
    ],
    action: 'Open the coordinator view',
  },
  limit_alert: {
    subject: (p) => `Earnings limit near: ${p.seekerName}`,
    lines: (p, l) => [
      `${p.seekerName}: earnings ${euros(p.amountCents, l)}, limit ${euros(p.capCents, l)} (${p.limitName}).`,
    ],
    action: 'Open the coordinator view',
  },
  dispute: {
    subject: (p) => `Disagreement about a gig: ${p.gigTitle}`,
    lines: (p) => [
      `There is a disagreement about ${p.gigTitle} (${p.organisationName}). Please look into it.`,
    ],
    action: 'Open the coordinator view',
  },
  no_show: {
    subject: (p) => `No-show: ${p.gigTitle}`,
    lines: (p) => [`${p.seekerName} did not come to ${p.gigTitle}.`],
    action: 'Open the coordinator view',
  },
  delivery_failed: {
    subject: (p) => `A delivery failed (${p.queue})`,
    lines: (p) => [`The job ${p.queue}/${p.jobName} failed on every try: ${p.reason}`],
    action: 'Open failed jobs',
  },
};

const TABLES: Record<Locale, Table> = { fi, sv, en };

const FOOTER: Record<Locale, string> = {
  fi: 'Hanttihommat. Voit muuttaa, mistä saat viestejä, ilmoitusasetuksista.',
  sv: 'Hanttihommat. Du kan ändra vilka meddelanden du får i aviseringsinställningarna.',
  en: 'Hanttihommat. You can change which messages you get in your notification settings.',
};

export function notificationMail(p: {
  kind: NotificationKind;
  to: string;
  locale: Locale;
  params: Params;
  url: string;
  preferencesUrl: string;
  messageId: string;
}): OutgoingMail {
  const w = TABLES[p.locale][p.kind];
  return {
    to: p.to,
    subject: w.subject(p.params, p.locale),
    messageId: p.messageId,
    headers: { 'List-Unsubscribe': `<${p.preferencesUrl}>` },
    ...renderMail({
      lang: p.locale,
      heading: w.subject(p.params, p.locale),
      paragraphs: w.lines(p.params, p.locale),
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
        ...p.items.map(
          (i) =>
            `${i.gigTitle} (${i.organisationName}), ${when(i.startsAt, p.locale)}, ${i.area}, ${euros(i.payCents, p.locale)}`,
        ),
      ],
      action: { label: d.action, url: p.url },
      footer: `${FOOTER[p.locale]} ${p.preferencesUrl}`,
    }),
  };
}
