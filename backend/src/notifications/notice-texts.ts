// The words of every kind of notice, in Finnish, Swedish and English: the one source for both the mail and
// the notice in the app. Short and plain, with the values (gig, time, place, pay) filled in.
import { formatEuros } from '../platform/core/money';
import type { Locale } from '../platform/i18n/locales';
import type { NotificationKind } from './kinds';

export type Params = Record<string, string | number>;

const TAGS: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A moment as people read it, in Helsinki time: "la 14.3. klo 10.00". */
export function when(iso: string | number, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(TAGS[locale], {
    timeZone: 'Europe/Helsinki',
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}

/** Stored cents as euros; a value that is not whole cents shows as nothing rather than as a wrong sum. */
export function euros(cents: string | number, locale: Locale): string {
  const n = Number(cents);
  return Number.isSafeInteger(n) ? formatEuros(n, locale) : '';
}

export interface NoticeWords {
  /** One line saying what happened: the mail's subject and heading, the notice's title in the app. */
  title: (p: Params, l: Locale) => string;
  /** The details, a sentence or two each. */
  lines: (p: Params, l: Locale) => string[];
  /** The label of the link to the thing. */
  action: string;
}

type Table = Record<NotificationKind, NoticeWords>;

const fi: Table = {
  match: {
    title: (p) => `Uusi keikka sinulle: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} tarvitsee apua: ${p.gigTitle}.`,
      `Aika: ${when(p.startsAt, l)}. Paikka: ${p.area}. Palkka: ${euros(p.payCents, l)}.`,
    ],
    action: 'Katso keikka',
  },
  gig_invitation: {
    title: (p) => `${p.organisationName} kutsuu sinut keikalle: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} näki korttisi "Voin auttaa" ja toivoo, että tulisit keikalle ${p.gigTitle}.`,
      `Aika: ${when(p.startsAt, l)}. Paikka: ${p.area}. Palkka: ${euros(p.payCents, l)}.`,
      'Voit ottaa keikan tai hakea sitä keikan sivulla, jos se sopii sinulle.',
    ],
    action: 'Katso keikka',
  },
  booking_made: {
    title: (p) => `${p.seekerName} otti keikan: ${p.gigTitle}`,
    lines: (p, l) => [`${p.seekerName} tulee tekemään keikan ${p.gigTitle} (${when(p.startsAt, l)}).`],
    action: 'Katso keikka',
  },
  booking_withdrawn: {
    title: (p) => `${p.seekerName} perui keikan: ${p.gigTitle}`,
    lines: (p) => [`${p.seekerName} ei pääse keikalle ${p.gigTitle}. Paikka on taas vapaana muille.`],
    action: 'Katso keikka',
  },
  gig_cancelled: {
    title: (p) => `Keikka peruttiin: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} perui keikan ${p.gigTitle} (${when(p.startsAt, l)}). Sinun ei tarvitse tehdä mitään.`,
    ],
    action: 'Katso muita keikkoja',
  },
  gig_changed: {
    title: (p) => `Keikka muuttui: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} muutti keikkaa ${p.gigTitle}. Nyt: ${when(p.startsAt, l)}, ${p.area}, palkka ${euros(p.payCents, l)}.`,
      'Jos et pääse uutena aikana, peru paikkasi keikan sivulla.',
    ],
    action: 'Katso keikka',
  },
  reminder: {
    title: (p) => `Muistutus: ${p.gigTitle} alkaa ${Number(p.hours) >= 24 ? 'huomenna' : 'pian'}`,
    lines: (p, l) => [
      `Keikkasi ${p.gigTitle} alkaa ${when(p.startsAt, l)}.`,
      `Paikka: ${p.area}. Jos et pääse, peru keikka mahdollisimman pian.`,
    ],
    action: 'Katso keikka',
  },
  confirm_completion: {
    title: (p) => `Vahvista keikka: ${p.gigTitle}`,
    lines: (p) => [
      `Keikka ${p.gigTitle} on päättynyt. Vahvista, että työ tehtiin ja palkka maksettiin.`,
      'Jos et vahvista, keikka vahvistuu itsestään 7 päivän kuluttua.',
    ],
    action: 'Vahvista keikka',
  },
  gig_expired: {
    title: (p) => `Keikalle ei löytynyt tekijää: ${p.gigTitle}`,
    lines: (p) => [`Kukaan ei ottanut keikkaa ${p.gigTitle} ennen sen alkua. Voit julkaista uuden keikan.`],
    action: 'Avaa keikat',
  },
  gig_completed: {
    title: (p) => `Keikka vahvistettiin: ${p.gigTitle}`,
    lines: (p) => [`Keikka ${p.gigTitle} on merkitty tehdyksi.`],
    action: 'Katso keikkasi',
  },
  organisation_awaiting: {
    title: (p) => `Uusi organisaatio odottaa tarkistusta: ${p.organisationName}`,
    lines: (p) => [
      `${p.organisationName} liittyi Hanttihommiin. Tarkista organisaatio ennen kuin se julkaisee keikkoja.`,
    ],
    action: 'Avaa koordinaattorin näkymä',
  },
  limit_reached: {
    title: (p) =>
      Number(p.threshold) >= 100
        ? `Olet saavuttanut ansiorajan: ${p.limitName_fi ?? p.limitName}`
        : `Olet lähellä ansiorajaa: ${p.limitName_fi ?? p.limitName}`,
    lines: (p, l) => [
      `Olet ansainnut tällä jaksolla ${euros(p.amountCents, l)}. Raja on ${euros(p.capCents, l)}.`,
      'Katso ennen seuraavaa keikkaa, mitä se tekisi etuudellesi.',
    ],
    action: 'Katso ansiosi',
  },
  work_ability_due: {
    title: () => 'Miten sinulla menee? Vastaa neljään kysymykseen',
    lines: () => [
      'On aika arvioida omaa jaksamistasi, arkeasi, itseluottamustasi ja työelämätaitojasi. Se vie minuutin.',
    ],
    action: 'Vastaa kysymyksiin',
  },
  limit_alert: {
    title: (p) =>
      Number(p.threshold) >= 100
        ? `Ansioraja saavutettu: ${p.seekerName}`
        : `Ansioraja lähellä: ${p.seekerName}`,
    lines: (p, l) => [
      `${p.seekerName}: ansiot ${euros(p.amountCents, l)}, raja ${euros(p.capCents, l)} (${p.limitName}).`,
    ],
    action: 'Avaa koordinaattorin näkymä',
  },
  dispute: {
    title: (p) => `Erimielisyys keikasta: ${p.gigTitle}`,
    lines: (p) => [`Keikasta ${p.gigTitle} (${p.organisationName}) on erimielisyys. Selvitä tilanne.`],
    action: 'Avaa koordinaattorin näkymä',
  },
  no_show: {
    title: (p) => `Tekijä ei saapunut: ${p.gigTitle}`,
    lines: (p) => [`${p.seekerName} ei saapunut keikalle ${p.gigTitle}.`],
    action: 'Avaa koordinaattorin näkymä',
  },
  delivery_failed: {
    title: (p) => `Viestin toimitus epäonnistui (${p.queue})`,
    lines: (p) => [`Työ ${p.queue}/${p.jobName} epäonnistui kaikilla yrityksillä: ${p.reason}`],
    action: 'Avaa epäonnistuneet työt',
  },
  application_received: {
    title: (p) => `Uusi hakija keikalle: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.seekerName} haluaisi tehdä keikan ${p.gigTitle} (${when(p.startsAt, l)}). Valitse tekijät keikan sivulla.`,
    ],
    action: 'Valitse tekijät',
  },
  place_given: {
    title: (p) => `Sait paikan keikalta: ${p.gigTitle}`,
    lines: (p, l) => [
      `Olet mukana keikalla ${p.gigTitle}. Aika: ${when(p.startsAt, l)}. Paikka: ${p.area}.`,
      'Jos et pääse, peru paikkasi heti keikan sivulla.',
    ],
    action: 'Katso keikka',
  },
  application_declined: {
    title: (p) => `Et saanut paikkaa: ${p.gigTitle}`,
    lines: (p) => [
      `${p.organisationName} valitsi keikalle ${p.gigTitle} muut tekijät tällä kertaa. Katso muita keikkoja.`,
    ],
    action: 'Katso keikkoja',
  },
  place_released: {
    title: (p) => `Paikkasi vapautui muille: ${p.gigTitle}`,
    lines: (p) => [
      `Et vahvistanut ajoissa tulevasi keikalle ${p.gigTitle}, joten paikka annettiin muille. Voit ottaa keikan uudelleen, jos paikkoja on.`,
    ],
    action: 'Katso keikka',
  },
  confirm_attendance: {
    title: (p) => `Vahvista, että tulet: ${p.gigTitle}`,
    lines: (p, l) => [
      `Keikkasi ${p.gigTitle} alkaa ${when(p.startsAt, l)}. Vahvista yhdellä napautuksella, että tulet, tai peru paikkasi.`,
    ],
    action: 'Vahvista tulosi',
  },
  completion_to_confirm: {
    title: (p) => `Tarkista tehty työ ja palkka: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} kirjasi keikan ${p.gigTitle} tehdyksi: palkka ${euros(p.payCents, l)}, maksupäivä ${p.paymentDate}.`,
      'Vahvista tai kerro, mikä ei ole oikein, 7 päivän kuluessa.',
    ],
    action: 'Tarkista',
  },
  feedback_received: {
    title: (p) => `Sait palautetta: ${p.gigTitle}`,
    lines: (p) => [
      `${p.organisationName} antoi sinulle palautetta keikasta ${p.gigTitle}. Se näkyy työhistoriassasi.`,
    ],
    action: 'Katso työhistoria',
  },
  gig_message: {
    title: (p) => `Uusi viesti keikalta: ${p.gigTitle}`,
    lines: (p) => [`${p.senderName} kirjoitti keikan ${p.gigTitle} viestiketjuun.`],
    action: 'Lue viestit',
  },
};

const sv: Table = {
  match: {
    title: (p) => `Nytt uppdrag för dig: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} behöver hjälp: ${p.gigTitle}.`,
      `Tid: ${when(p.startsAt, l)}. Plats: ${p.area}. Lön: ${euros(p.payCents, l)}.`,
    ],
    action: 'Se uppdraget',
  },
  gig_invitation: {
    title: (p) => `${p.organisationName} bjuder in dig till ett uppdrag: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} såg ditt kort "Jag kan hjälpa till" och hoppas att du vill göra uppdraget ${p.gigTitle}.`,
      `Tid: ${when(p.startsAt, l)}. Plats: ${p.area}. Lön: ${euros(p.payCents, l)}.`,
      'Du kan ta uppdraget eller ansöka om det på uppdragets sida, om det passar dig.',
    ],
    action: 'Se uppdraget',
  },
  booking_made: {
    title: (p) => `${p.seekerName} tog uppdraget: ${p.gigTitle}`,
    lines: (p, l) => [`${p.seekerName} kommer att göra uppdraget ${p.gigTitle} (${when(p.startsAt, l)}).`],
    action: 'Se uppdraget',
  },
  booking_withdrawn: {
    title: (p) => `${p.seekerName} avbokade: ${p.gigTitle}`,
    lines: (p) => [`${p.seekerName} kan inte komma till ${p.gigTitle}. Platsen är ledig igen.`],
    action: 'Se uppdraget',
  },
  gig_cancelled: {
    title: (p) => `Uppdraget ställdes in: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} ställde in ${p.gigTitle} (${when(p.startsAt, l)}). Du behöver inte göra något.`,
    ],
    action: 'Se andra uppdrag',
  },
  gig_changed: {
    title: (p) => `Uppdraget ändrades: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} ändrade ${p.gigTitle}. Nu: ${when(p.startsAt, l)}, ${p.area}, lön ${euros(p.payCents, l)}.`,
      'Om du inte kan komma vid den nya tiden, avboka din plats på uppdragets sida.',
    ],
    action: 'Se uppdraget',
  },
  reminder: {
    title: (p) => `Påminnelse: ${p.gigTitle} börjar ${Number(p.hours) >= 24 ? 'i morgon' : 'snart'}`,
    lines: (p, l) => [
      `Ditt uppdrag ${p.gigTitle} börjar ${when(p.startsAt, l)}.`,
      `Plats: ${p.area}. Om du inte kan komma, avboka så snart som möjligt.`,
    ],
    action: 'Se uppdraget',
  },
  confirm_completion: {
    title: (p) => `Bekräfta uppdraget: ${p.gigTitle}`,
    lines: (p) => [
      `Uppdraget ${p.gigTitle} är slut. Bekräfta att arbetet gjordes och lönen betalades.`,
      'Om du inte bekräftar, bekräftas uppdraget automatiskt efter 7 dagar.',
    ],
    action: 'Bekräfta uppdraget',
  },
  gig_expired: {
    title: (p) => `Ingen tog uppdraget: ${p.gigTitle}`,
    lines: (p) => [`Ingen tog uppdraget ${p.gigTitle} innan det började. Du kan publicera ett nytt.`],
    action: 'Öppna uppdragen',
  },
  gig_completed: {
    title: (p) => `Uppdraget bekräftades: ${p.gigTitle}`,
    lines: (p) => [`Uppdraget ${p.gigTitle} är markerat som gjort.`],
    action: 'Se dina uppdrag',
  },
  organisation_awaiting: {
    title: (p) => `En ny organisation väntar på granskning: ${p.organisationName}`,
    lines: (p) => [
      `${p.organisationName} har gått med i Hanttihommat. Granska organisationen innan den publicerar uppdrag.`,
    ],
    action: 'Öppna koordinatorns vy',
  },
  limit_reached: {
    title: (p) =>
      Number(p.threshold) >= 100
        ? `Du har nått inkomstgränsen: ${p.limitName_sv ?? p.limitName}`
        : `Du är nära inkomstgränsen: ${p.limitName_sv ?? p.limitName}`,
    lines: (p, l) => [
      `Du har tjänat ${euros(p.amountCents, l)} under perioden. Gränsen är ${euros(p.capCents, l)}.`,
      'Se före nästa uppdrag vad det skulle göra med din förmån.',
    ],
    action: 'Se dina inkomster',
  },
  work_ability_due: {
    title: () => 'Hur går det för dig? Svara på fyra frågor',
    lines: () => [
      'Det är dags att bedöma hur du orkar, dina rutiner, ditt självförtroende och dina arbetslivsfärdigheter. Det tar en minut.',
    ],
    action: 'Svara på frågorna',
  },
  limit_alert: {
    title: (p) =>
      Number(p.threshold) >= 100
        ? `Inkomstgränsen nådd: ${p.seekerName}`
        : `Inkomstgränsen nära: ${p.seekerName}`,
    lines: (p, l) => [
      `${p.seekerName}: inkomster ${euros(p.amountCents, l)}, gräns ${euros(p.capCents, l)} (${p.limitName}).`,
    ],
    action: 'Öppna koordinatorns vy',
  },
  dispute: {
    title: (p) => `Oenighet om uppdraget: ${p.gigTitle}`,
    lines: (p) => [`Det finns en oenighet om ${p.gigTitle} (${p.organisationName}). Reda ut saken.`],
    action: 'Öppna koordinatorns vy',
  },
  no_show: {
    title: (p) => `Ingen kom: ${p.gigTitle}`,
    lines: (p) => [`${p.seekerName} kom inte till ${p.gigTitle}.`],
    action: 'Öppna koordinatorns vy',
  },
  delivery_failed: {
    title: (p) => `Leveransen misslyckades (${p.queue})`,
    lines: (p) => [`Jobbet ${p.queue}/${p.jobName} misslyckades vid alla försök: ${p.reason}`],
    action: 'Öppna misslyckade jobb',
  },
  application_received: {
    title: (p) => `Ny sökande till uppdraget: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.seekerName} vill göra uppdraget ${p.gigTitle} (${when(p.startsAt, l)}). Välj personer på uppdragets sida.`,
    ],
    action: 'Välj personer',
  },
  place_given: {
    title: (p) => `Du fick en plats: ${p.gigTitle}`,
    lines: (p, l) => [
      `Du är med i uppdraget ${p.gigTitle}. Tid: ${when(p.startsAt, l)}. Plats: ${p.area}.`,
      'Om du inte kan komma, avboka genast på uppdragets sida.',
    ],
    action: 'Se uppdraget',
  },
  application_declined: {
    title: (p) => `Du fick ingen plats: ${p.gigTitle}`,
    lines: (p) => [
      `${p.organisationName} valde andra personer till ${p.gigTitle} den här gången. Se andra uppdrag.`,
    ],
    action: 'Se uppdrag',
  },
  place_released: {
    title: (p) => `Din plats gick till andra: ${p.gigTitle}`,
    lines: (p) => [
      `Du bekräftade inte i tid att du kommer till ${p.gigTitle}, så platsen gick till andra. Du kan ta uppdraget igen om det finns platser.`,
    ],
    action: 'Se uppdraget',
  },
  confirm_attendance: {
    title: (p) => `Bekräfta att du kommer: ${p.gigTitle}`,
    lines: (p, l) => [
      `Ditt uppdrag ${p.gigTitle} börjar ${when(p.startsAt, l)}. Bekräfta med ett tryck att du kommer, eller avboka.`,
    ],
    action: 'Bekräfta',
  },
  completion_to_confirm: {
    title: (p) => `Kontrollera arbetet och lönen: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} markerade ${p.gigTitle} som gjort: lön ${euros(p.payCents, l)}, betalningsdag ${p.paymentDate}.`,
      'Bekräfta, eller säg vad som inte stämmer, inom 7 dagar.',
    ],
    action: 'Kontrollera',
  },
  feedback_received: {
    title: (p) => `Du fick respons: ${p.gigTitle}`,
    lines: (p) => [`${p.organisationName} gav dig respons på ${p.gigTitle}. Den syns i din arbetshistorik.`],
    action: 'Se arbetshistoriken',
  },
  gig_message: {
    title: (p) => `Nytt meddelande om uppdraget: ${p.gigTitle}`,
    lines: (p) => [`${p.senderName} skrev i meddelandetråden för ${p.gigTitle}.`],
    action: 'Läs meddelandena',
  },
};

const en: Table = {
  match: {
    title: (p) => `A new gig for you: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} needs a hand: ${p.gigTitle}.`,
      `When: ${when(p.startsAt, l)}. Where: ${p.area}. Pay: ${euros(p.payCents, l)}.`,
    ],
    action: 'See the gig',
  },
  gig_invitation: {
    title: (p) => `${p.organisationName} invites you to a gig: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} saw your "I can help with" card and hopes you will do the gig ${p.gigTitle}.`,
      `When: ${when(p.startsAt, l)}. Where: ${p.area}. Pay: ${euros(p.payCents, l)}.`,
      'You can take the gig or apply for it on its page, if it suits you.',
    ],
    action: 'See the gig',
  },
  booking_made: {
    title: (p) => `${p.seekerName} took the gig: ${p.gigTitle}`,
    lines: (p, l) => [`${p.seekerName} will do ${p.gigTitle} (${when(p.startsAt, l)}).`],
    action: 'See the gig',
  },
  booking_withdrawn: {
    title: (p) => `${p.seekerName} cancelled: ${p.gigTitle}`,
    lines: (p) => [`${p.seekerName} cannot come to ${p.gigTitle}. The place is free again.`],
    action: 'See the gig',
  },
  gig_cancelled: {
    title: (p) => `Gig cancelled: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} cancelled ${p.gigTitle} (${when(p.startsAt, l)}). You do not need to do anything.`,
    ],
    action: 'See other gigs',
  },
  gig_changed: {
    title: (p) => `Gig changed: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} changed ${p.gigTitle}. Now: ${when(p.startsAt, l)}, ${p.area}, pay ${euros(p.payCents, l)}.`,
      'If you cannot come at the new time, give up your place on the gig page.',
    ],
    action: 'See the gig',
  },
  reminder: {
    title: (p) => `Reminder: ${p.gigTitle} starts ${Number(p.hours) >= 24 ? 'tomorrow' : 'soon'}`,
    lines: (p, l) => [
      `Your gig ${p.gigTitle} starts ${when(p.startsAt, l)}.`,
      `Where: ${p.area}. If you cannot come, cancel as soon as you can.`,
    ],
    action: 'See the gig',
  },
  confirm_completion: {
    title: (p) => `Confirm the gig: ${p.gigTitle}`,
    lines: (p) => [
      `${p.gigTitle} has ended. Confirm that the work was done and the pay was paid.`,
      'If you do not, the gig is confirmed automatically after 7 days.',
    ],
    action: 'Confirm the gig',
  },
  gig_expired: {
    title: (p) => `No one took the gig: ${p.gigTitle}`,
    lines: (p) => [`No one took ${p.gigTitle} before it started. You can post a new gig.`],
    action: 'Open your gigs',
  },
  gig_completed: {
    title: (p) => `Gig confirmed: ${p.gigTitle}`,
    lines: (p) => [`${p.gigTitle} is marked as done.`],
    action: 'See your gigs',
  },
  organisation_awaiting: {
    title: (p) => `A new organisation awaits verification: ${p.organisationName}`,
    lines: (p) => [
      `${p.organisationName} has joined Hanttihommat. Check the organisation before it posts gigs.`,
    ],
    action: 'Open the coordinator view',
  },
  limit_reached: {
    title: (p) =>
      Number(p.threshold) >= 100
        ? `You have reached an earnings limit: ${p.limitName_en ?? p.limitName}`
        : `You are close to an earnings limit: ${p.limitName_en ?? p.limitName}`,
    lines: (p, l) => [
      `You have earned ${euros(p.amountCents, l)} this period. The limit is ${euros(p.capCents, l)}.`,
      'Before your next gig, see what it would do to your benefit.',
    ],
    action: 'See your earnings',
  },
  work_ability_due: {
    title: () => 'How are you doing? Answer four questions',
    lines: () => [
      'It is time to rate how you cope, your routines, your confidence and your work-life skills. It takes a minute.',
    ],
    action: 'Answer the questions',
  },
  limit_alert: {
    title: (p) =>
      Number(p.threshold) >= 100
        ? `Earnings limit reached: ${p.seekerName}`
        : `Earnings limit near: ${p.seekerName}`,
    lines: (p, l) => [
      `${p.seekerName}: earnings ${euros(p.amountCents, l)}, limit ${euros(p.capCents, l)} (${p.limitName}).`,
    ],
    action: 'Open the coordinator view',
  },
  dispute: {
    title: (p) => `Disagreement about a gig: ${p.gigTitle}`,
    lines: (p) => [
      `There is a disagreement about ${p.gigTitle} (${p.organisationName}). Please look into it.`,
    ],
    action: 'Open the coordinator view',
  },
  no_show: {
    title: (p) => `No-show: ${p.gigTitle}`,
    lines: (p) => [`${p.seekerName} did not come to ${p.gigTitle}.`],
    action: 'Open the coordinator view',
  },
  delivery_failed: {
    title: (p) => `A delivery failed (${p.queue})`,
    lines: (p) => [`The job ${p.queue}/${p.jobName} failed on every try: ${p.reason}`],
    action: 'Open failed jobs',
  },
  application_received: {
    title: (p) => `A new applicant for ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.seekerName} would like to do ${p.gigTitle} (${when(p.startsAt, l)}). Choose the people on the gig's page.`,
    ],
    action: 'Choose the people',
  },
  place_given: {
    title: (p) => `You got a place: ${p.gigTitle}`,
    lines: (p, l) => [
      `You are on ${p.gigTitle}. When: ${when(p.startsAt, l)}. Where: ${p.area}.`,
      'If you cannot come, give up your place on the gig page at once.',
    ],
    action: 'See the gig',
  },
  application_declined: {
    title: (p) => `No place this time: ${p.gigTitle}`,
    lines: (p) => [`${p.organisationName} chose other people for ${p.gigTitle} this time. See other gigs.`],
    action: 'See gigs',
  },
  place_released: {
    title: (p) => `Your place went to others: ${p.gigTitle}`,
    lines: (p) => [
      `You did not confirm in time that you are coming to ${p.gigTitle}, so the place went to others. You can take the gig again if places are free.`,
    ],
    action: 'See the gig',
  },
  confirm_attendance: {
    title: (p) => `Confirm you are coming: ${p.gigTitle}`,
    lines: (p, l) => [
      `Your gig ${p.gigTitle} starts ${when(p.startsAt, l)}. Confirm with one tap that you are coming, or give up your place.`,
    ],
    action: 'Confirm',
  },
  completion_to_confirm: {
    title: (p) => `Check the work and the pay: ${p.gigTitle}`,
    lines: (p, l) => [
      `${p.organisationName} marked ${p.gigTitle} done: pay ${euros(p.payCents, l)}, paid on ${p.paymentDate}.`,
      'Confirm it, or say what is not right, within 7 days.',
    ],
    action: 'Check it',
  },
  feedback_received: {
    title: (p) => `You got feedback: ${p.gigTitle}`,
    lines: (p) => [`${p.organisationName} gave you feedback on ${p.gigTitle}. It is on your work history.`],
    action: 'See your work history',
  },
  gig_message: {
    title: (p) => `A new message about ${p.gigTitle}`,
    lines: (p) => [`${p.senderName} wrote in the thread of ${p.gigTitle}.`],
    action: 'Read the messages',
  },
};

export const NOTICE_WORDS: Record<Locale, Table> = { fi, sv, en };

/** The values as the words read them: a value an older notice lacks reads as nothing, not "undefined". */
function present(params: Params): Params {
  return new Proxy(params, {
    get: (target, key) => {
      const value = typeof key === 'string' ? target[key] : undefined;
      return typeof value === 'string' || typeof value === 'number' ? value : '';
    },
  });
}

/** The title, the details and the link's label of a notice in the reader's language. */
export function noticeText(
  kind: NotificationKind,
  params: Params,
  locale: Locale,
): { title: string; lines: string[]; action: string } {
  const w = NOTICE_WORDS[locale][kind];
  const p = present(params);
  return { title: w.title(p, locale), lines: w.lines(p, locale), action: w.action };
}
