// The report as CSV for a funder's spreadsheet: one indicator a row, with a stable key, a label in the chosen
// language and the value. Semicolons and decimal commas, as Finnish spreadsheets open them; a BOM for Excel.
import type { Locale } from '../accounts/roles';
import type { FunderReportDto } from './dto';

type Key =
  Exclude<keyof FunderReportDto, 'from' | 'to'> | 'period' | 'hours' | 'movedOnShare' | 'skillsGrewShare';

const LABELS: Record<Locale, Record<Key, string>> = {
  fi: {
    period: 'Ajanjakso',
    participants: 'Osallistujat',
    participants18to29: 'Osallistujat 18–29 v',
    gigsDone: 'Tehdyt keikat',
    minutes: 'Minuutit',
    hours: 'Tunnit',
    paidCents: 'Maksettu (€)',
    paidSeekers: 'Palkkaa saaneet',
    averagePerSeekerCents: 'Keskimäärin palkkaa saanutta kohden (€)',
    movedOn: 'Työhön tai opintoihin siirtyneet',
    movedOnShare: 'Työhön tai opintoihin siirtyneet (%)',
    skillsAnswered: 'Työelämätaitokysymykseen vastanneet',
    skillsGrew: 'Työelämätaidot vahvistuivat',
    skillsGrewShare: 'Työelämätaidot vahvistuivat (%)',
    workAbilityCompared: 'Työkykyarvion vähintään kahdesti tehneet',
    workAbilityChange: 'Työkykyarvion muutos keskimäärin (pistettä, 4–20)',
  },
  sv: {
    period: 'Period',
    participants: 'Deltagare',
    participants18to29: 'Deltagare 18–29 år',
    gigsDone: 'Utförda uppdrag',
    minutes: 'Minuter',
    hours: 'Timmar',
    paidCents: 'Utbetalt (€)',
    paidSeekers: 'Personer som fått lön',
    averagePerSeekerCents: 'I genomsnitt per person som fått lön (€)',
    movedOn: 'Gått vidare till arbete eller studier',
    movedOnShare: 'Gått vidare till arbete eller studier (%)',
    skillsAnswered: 'Svarat på frågan om arbetslivsfärdigheter',
    skillsGrew: 'Arbetslivsfärdigheterna stärktes',
    skillsGrewShare: 'Arbetslivsfärdigheterna stärktes (%)',
    workAbilityCompared: 'Gjort arbetsförmågebedömningen minst två gånger',
    workAbilityChange: 'Arbetsförmågebedömningens förändring i genomsnitt (poäng, 4–20)',
  },
  en: {
    period: 'Period',
    participants: 'Participants',
    participants18to29: 'Participants aged 18–29',
    gigsDone: 'Gigs done',
    minutes: 'Minutes',
    hours: 'Hours',
    paidCents: 'Paid (€)',
    paidSeekers: 'Seekers paid',
    averagePerSeekerCents: 'Average per seeker paid (€)',
    movedOn: 'Moved on to work or studies',
    movedOnShare: 'Moved on to work or studies (%)',
    skillsAnswered: 'Answered the work-life skills question',
    skillsGrew: 'Work-life skills strengthened',
    skillsGrewShare: 'Work-life skills strengthened (%)',
    workAbilityCompared: 'Did the work-ability self-assessment at least twice',
    workAbilityChange: 'Average change of the work-ability score (points, 4–20)',
  },
};

/** Cents as euros with a decimal comma and no grouping: 123456 → "1234,56"; -5 → "-0,05". */
export function euros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** A share in percent with one decimal; empty when there is nothing to divide by. */
export function percent(part: number, whole: number): string {
  return whole ? (Math.round((part * 1000) / whole) / 10).toFixed(1).replace('.', ',') : '';
}

export function reportCsv(r: FunderReportDto, locale: Locale): string {
  const l = LABELS[locale];
  const rows: [Key, string][] = [
    ['period', `${r.from}–${r.to}`],
    ['participants', String(r.participants)],
    ['participants18to29', String(r.participants18to29)],
    ['gigsDone', String(r.gigsDone)],
    ['minutes', String(r.minutes)],
    ['hours', (Math.round((r.minutes / 60) * 100) / 100).toFixed(2).replace('.', ',')],
    ['paidCents', euros(r.paidCents)],
    ['paidSeekers', String(r.paidSeekers)],
    ['averagePerSeekerCents', euros(r.averagePerSeekerCents)],
    ['movedOn', String(r.movedOn)],
    ['movedOnShare', percent(r.movedOn, r.participants)],
    ['skillsAnswered', String(r.skillsAnswered)],
    ['skillsGrew', String(r.skillsGrew)],
    ['skillsGrewShare', percent(r.skillsGrew, r.skillsAnswered)],
    ['workAbilityCompared', String(r.workAbilityCompared)],
    ['workAbilityChange', r.workAbilityChange === null ? '' : String(r.workAbilityChange).replace('.', ',')],
  ];
  const cell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `\uFEFF${['key;label;value', ...rows.map(([k, v]) => [k, l[k], v].map(cell).join(';'))].join('\r\n')}\r\n`;
}
