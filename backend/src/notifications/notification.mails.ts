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

export function notificationMail(p: {
  kind: NotificationKind;
  to: string;
  locale: Locale;
  params: Params;
  url: string;
  preferencesUrl: string;
  messageId: string;
}): OutgoingMail {
  const w = noticeText(p.kind, p.params, p.locale);
  return {
    to: p.to,
    subject: w.title,
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
