// The mails of the accounts feature, in the receiver's language. Short and plain, with the link first.
import { renderMail } from '../platform/mail/layout';
import type { OutgoingMail } from '../platform/mail/mail.port';
import type { Locale } from './roles';

type Kind = 'sign_in' | 'welcome' | 'no_account' | 'invite' | 'join' | 'confirm_email';

interface Words {
  subject: string;
  heading: string;
  paragraphs: (p: { name?: string; minutes: number }) => string[];
  action: string;
}

const FOOTER: Record<Locale, string> = {
  fi: 'Hanttihommat. Jos et pyytänyt tätä viestiä, voit jättää sen huomiotta.',
  sv: 'Hanttihommat. Om du inte bad om det här meddelandet kan du strunta i det.',
  en: 'Hanttihommat. If you did not ask for this message, you can ignore it.',
};

const WORDS: Record<Locale, Record<Kind, Words>> = {
  fi: {
    // The organisation's name is typed by its owner: in the body only, in quotation marks (docs/security.md 6).
    join: {
      subject: 'Kutsu organisaation jäseneksi Hanttihommiin',
      heading: 'Sinut on kutsuttu organisaation jäseneksi',
      paragraphs: ({ name, minutes }) => [
        `Sinut on kutsuttu organisaation ”${name ?? ''}” jäseneksi Hanttihommiin.`,
        `Liity alla olevalla linkillä. Linkki toimii ${Math.round(minutes / 1440)} päivää ja vain kerran.`,
      ],
      action: 'Liity',
    },
    confirm_email: {
      subject: 'Vahvista sähköpostiosoitteesi',
      heading: 'Vahvista sähköpostiosoitteesi',
      paragraphs: ({ minutes }) => [
        'Lisäsit tämän osoitteen Hanttihommien tiliisi. Vahvista se alla olevalla linkillä.',
        `Linkki toimii ${minutes} minuuttia ja vain kerran.`,
      ],
      action: 'Vahvista osoite',
    },
    sign_in: {
      subject: 'Kirjautumislinkkisi',
      heading: 'Kirjaudu Hanttihommiin',
      paragraphs: ({ minutes }) => [
        `Kirjaudu sisään alla olevalla linkillä. Linkki toimii ${minutes} minuuttia ja vain kerran.`,
      ],
      action: 'Kirjaudu sisään',
    },
    welcome: {
      subject: 'Tervetuloa Hanttihommiin',
      heading: 'Tervetuloa!',
      paragraphs: ({ name, minutes }) => [
        `Hei ${name ?? ''}! Vahvista sähköpostiosoitteesi ja kirjaudu sisään alla olevalla linkillä.`.replace(
          ' !',
          '!',
        ),
        `Linkki toimii ${minutes} minuuttia ja vain kerran.`,
      ],
      action: 'Vahvista ja kirjaudu',
    },
    no_account: {
      subject: 'Kirjautuminen Hanttihommiin',
      heading: 'Tällä osoitteella ei ole tiliä',
      paragraphs: () => [
        'Joku pyysi kirjautumislinkkiä tähän osoitteeseen, mutta tällä osoitteella ei ole tiliä.',
        'Voit luoda tilin alla olevalla linkillä.',
      ],
      action: 'Luo tili',
    },
    invite: {
      subject: 'Kutsu koordinaattoriksi Hanttihommiin',
      heading: 'Sinut on kutsuttu koordinaattoriksi',
      paragraphs: ({ name, minutes }) => [
        `Hei ${name ?? ''}! Sinut on kutsuttu Hanttihommien koordinaattoriksi.`.replace(' !', '!'),
        `Ota tili käyttöön alla olevalla linkillä. Linkki toimii ${Math.round(minutes / 1440)} päivää.`,
      ],
      action: 'Ota tili käyttöön',
    },
  },
  sv: {
    join: {
      subject: 'Inbjudan att bli medlem i en organisation på Hanttihommat',
      heading: 'Du har bjudits in som medlem i en organisation',
      paragraphs: ({ name, minutes }) => [
        `Du har bjudits in som medlem i organisationen ”${name ?? ''}” på Hanttihommat.`,
        `Gå med med länken nedan. Länken fungerar i ${Math.round(minutes / 1440)} dagar och bara en gång.`,
      ],
      action: 'Gå med',
    },
    confirm_email: {
      subject: 'Bekräfta din e-postadress',
      heading: 'Bekräfta din e-postadress',
      paragraphs: ({ minutes }) => [
        'Du lade till den här adressen i ditt konto på Hanttihommat. Bekräfta den med länken nedan.',
        `Länken fungerar i ${minutes} minuter och bara en gång.`,
      ],
      action: 'Bekräfta adressen',
    },
    sign_in: {
      subject: 'Din inloggningslänk',
      heading: 'Logga in på Hanttihommat',
      paragraphs: ({ minutes }) => [
        `Logga in med länken nedan. Länken fungerar i ${minutes} minuter och bara en gång.`,
      ],
      action: 'Logga in',
    },
    welcome: {
      subject: 'Välkommen till Hanttihommat',
      heading: 'Välkommen!',
      paragraphs: ({ name, minutes }) => [
        `Hej ${name ?? ''}! Bekräfta din e-postadress och logga in med länken nedan.`.replace(' !', '!'),
        `Länken fungerar i ${minutes} minuter och bara en gång.`,
      ],
      action: 'Bekräfta och logga in',
    },
    no_account: {
      subject: 'Inloggning på Hanttihommat',
      heading: 'Det finns inget konto med den här adressen',
      paragraphs: () => [
        'Någon bad om en inloggningslänk till den här adressen, men det finns inget konto med den.',
        'Du kan skapa ett konto med länken nedan.',
      ],
      action: 'Skapa konto',
    },
    invite: {
      subject: 'Inbjudan att bli koordinator på Hanttihommat',
      heading: 'Du har bjudits in som koordinator',
      paragraphs: ({ name, minutes }) => [
        `Hej ${name ?? ''}! Du har bjudits in som koordinator på Hanttihommat.`.replace(' !', '!'),
        `Ta kontot i bruk med länken nedan. Länken fungerar i ${Math.round(minutes / 1440)} dagar.`,
      ],
      action: 'Ta kontot i bruk',
    },
  },
  en: {
    join: {
      subject: 'You are invited to join an organisation on Hanttihommat',
      heading: 'You are invited to join an organisation',
      paragraphs: ({ name, minutes }) => [
        `You are invited to join the organisation “${name ?? ''}” on Hanttihommat.`,
        `Join with the link below. The link works for ${Math.round(minutes / 1440)} days, and only once.`,
      ],
      action: 'Join',
    },
    confirm_email: {
      subject: 'Confirm your e-mail address',
      heading: 'Confirm your e-mail address',
      paragraphs: ({ minutes }) => [
        'You added this address to your Hanttihommat account. Confirm it with the link below.',
        `The link works for ${minutes} minutes, and only once.`,
      ],
      action: 'Confirm the address',
    },
    sign_in: {
      subject: 'Your sign-in link',
      heading: 'Sign in to Hanttihommat',
      paragraphs: ({ minutes }) => [
        `Sign in with the link below. It works for ${minutes} minutes, and only once.`,
      ],
      action: 'Sign in',
    },
    welcome: {
      subject: 'Welcome to Hanttihommat',
      heading: 'Welcome!',
      paragraphs: ({ name, minutes }) => [
        `Hi ${name ?? ''}! Confirm your e-mail address and sign in with the link below.`.replace(' !', '!'),
        `The link works for ${minutes} minutes, and only once.`,
      ],
      action: 'Confirm and sign in',
    },
    no_account: {
      subject: 'Signing in to Hanttihommat',
      heading: 'There is no account with this address',
      paragraphs: () => [
        'Someone asked for a sign-in link for this address, but there is no account with it.',
        'You can create an account with the link below.',
      ],
      action: 'Create an account',
    },
    invite: {
      subject: 'You are invited to be a coordinator on Hanttihommat',
      heading: 'You are invited to be a coordinator',
      paragraphs: ({ name, minutes }) => [
        `Hi ${name ?? ''}! You are invited to be a coordinator on Hanttihommat.`.replace(' !', '!'),
        `Start using your account with the link below. The link works for ${Math.round(minutes / 1440)} days.`,
      ],
      action: 'Start using your account',
    },
  },
};

export function accountMail(
  kind: Kind,
  p: { to: string; locale: Locale; url: string; name?: string; minutes: number },
): OutgoingMail {
  const w = WORDS[p.locale][kind];
  const body = renderMail({
    lang: p.locale,
    heading: w.heading,
    paragraphs: w.paragraphs({ name: p.name, minutes: p.minutes }),
    action: { label: w.action, url: p.url },
    footer: FOOTER[p.locale],
  });
  return { to: p.to, subject: w.subject, ...body };
}
