// The rules a gig's terms must meet, as a pure function: the time, the estimate, the pay against the lowest
// hourly pay, a supported gig's named guide. Field errors carry codes the web app words in its languages.
import type { TimeKind } from './gig.entity';
import { leastGigPay, paysAtLeast, PayTerms } from './pay.rules';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export interface GigTerms extends PayTerms {
  category: string;
  timeKind: TimeKind;
  startsAt: Date;
  endsAt: Date;
  supported: boolean;
  supportPerson: string;
}

const HOUR = 3_600_000;
export const MAX_FIXED_MS = 24 * HOUR;
export const MAX_WINDOW_MS = 14 * 24 * HOUR;

export interface TermsContext {
  now: Date;
  minHourlyPayCents: number;
  /** The kinds of work that may be chosen now (active in the managed list). */
  categories: ReadonlySet<string>;
}

export function checkGigTerms(t: GigTerms, ctx: TermsContext): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, code: string, message: string) => errors.push({ field, code, message });
  if (!ctx.categories.has(t.category))
    add('category', 'invalid_choice', 'Choose the kind of work from the list.');
  if (t.startsAt.getTime() <= ctx.now.getTime())
    add('startsAt', 'in_past', 'The start time must be in the future.');
  const span = t.endsAt.getTime() - t.startsAt.getTime();
  if (span <= 0) add('endsAt', 'before_start', 'The end must be after the start.');
  else if (t.timeKind === 'fixed' && span > MAX_FIXED_MS)
    add('endsAt', 'too_long', 'A gig can last at most 24 hours.');
  else if (t.timeKind === 'window' && span > MAX_WINDOW_MS)
    add('endsAt', 'too_long_window', 'A window can be at most 14 days long.');
  else if (t.estimatedMinutes * 60_000 > span)
    add('estimatedMinutes', 'longer_than_time', 'The estimate is longer than the time the gig has.');
  if (!paysAtLeast(t, ctx.minHourlyPayCents)) {
    const least =
      t.payKind === 'per_hour'
        ? ctx.minHourlyPayCents
        : leastGigPay(t.estimatedMinutes, ctx.minHourlyPayCents);
    add(
      'payCents',
      'under_minimum',
      `The pay must be at least ${least} cents for this work (the lowest hourly pay).`,
    );
  }
  if (t.supported && !t.supportPerson.trim())
    add('supportPerson', 'required', 'Name the person on site who guides in a supported gig.');
  return errors;
}
