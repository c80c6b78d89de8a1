import { renderMail } from '../platform/mail/layout';
import type { OutgoingMail } from '../platform/mail/mail.port';
import type { Locale } from '../accounts/roles';

const T = {
  fi: {
    subject: (org: string) => `Uusi organisaatio odottaa tarkistusta: ${org}`,
    heading: 'Uusi organisaatio odottaa tarkistusta',
    body: (org: string) => [`${org} liittyi Hanttihommiin. Tarkista organisaatio ennen kuin se julkaisee keikkoja.`],
    action: 'Avaa koordinaattorin näkymä',
    footer: 'Hanttihommat. Saat tämän viestin, koska olet koordinaattori.',
  },
  sv: {
    subject: (org: string) => `En ny organisation väntar på granskning: ${org}`,
    heading: 'En ny organisation väntar på granskning',
    body: (org: string) => [`${org} har gått med i Hanttihommat. Granska organisationen innan den publicerar uppdrag.`],
    action: 'Öppna koordinatorns vy',
    footer: 'Hanttihommat. Du får det här meddelandet eftersom du är koordinator.',
  },
  en: {
    subject: (org: string) => `A new organisation awaits verification: ${org}`,
    heading: 'A new organisation awaits verification',
    body: (org: string) => [`${org} has joined Hanttihommat. Check the organisation before it posts gigs.`],
    action: 'Open the coordinator view',
    footer: 'Hanttihommat. You get this message because you are a coordinator.',
  },
} satisfies Record<Locale, unknown>;

export function organisationAwaitingMail(p: { to: string; locale: Locale; organisation: string; url: string; messageId: string }): OutgoingMail {
  const t = T[p.locale];
  return {
    to: p.to,
    subject: t.subject(p.organisation),
    messageId: p.messageId,
    ...renderMail({ lang: p.locale, heading: t.heading, paragraphs: t.body(p.organisation), action: { label: t.action, url: p.url }, footer: t.footer }),
  };
}
