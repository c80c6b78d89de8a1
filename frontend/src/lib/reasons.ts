// Why matching told a seeker of a gig, in plain words: "work you asked for: yard work, in your area (28400),
// you are free then (Saturday)". The API keeps codes; the words come from the gig itself.
import { formatWeekday } from './dates';
import { categoryLabel } from './labels';
import { m } from './paraglide/messages';

interface ReasonGig {
  category: string;
  district: string;
  postalCode: string | null;
  startsAt: string;
}

/** The reasons as one sentence-like line, best reason first; empty when there are none. */
export function reasonsText(gig: ReasonGig, reasons: readonly string[], locale: string): string {
  const words: Record<string, () => string> = {
    supported: () => m.reason_supported(),
    category: () => m.reason_category({ kind: categoryLabel(gig.category).toLocaleLowerCase(locale) }),
    area: () => m.reason_area({ place: gig.postalCode ?? gig.district }),
    km: () => m.reason_km({ km: Number(reasons.find((r) => r.startsWith('km:'))?.slice(3)) }),
    free: () => m.reason_free({ day: formatWeekday(gig.startsAt, locale) }),
    skills: () => m.reason_skills(),
  };
  const line = Object.keys(words)
    .filter((code) => reasons.some((r) => r === code || r.startsWith(`${code}:`)))
    .map((code) => words[code]())
    .join(', ');
  return line ? line[0].toLocaleUpperCase(locale) + line.slice(1) + '.' : '';
}
