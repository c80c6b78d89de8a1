// Money is integer cents everywhere: these are the only places that add, scale, compare or print it.
// No float ever holds an amount; division is integer division with an explicit rounding rule.

export type Cents = number;

export class MoneyError extends RangeError {}

function assertCents(value: number, what = 'amount'): void {
  if (!Number.isSafeInteger(value)) throw new MoneyError(`${what} must be a whole number of cents: ${value}`);
}

/** The sum of whole-cent amounts; throws if any is not whole or the total leaves the safe range. */
export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0;
  for (const v of values) {
    assertCents(v);
    total += v;
    assertCents(total, 'total');
  }
  return total;
}

/** a ÷ b for whole numbers, rounded half away from zero, in exact integer arithmetic (b > 0). */
export function divRound(a: number, b: number): number {
  assertCents(a, 'dividend');
  if (!Number.isSafeInteger(b) || b <= 0)
    throw new MoneyError(`divisor must be a positive whole number: ${b}`);
  const sign = a < 0 ? -1 : 1;
  const abs = Math.abs(a);
  const rest = abs % b;
  const whole = (abs - rest) / b; // exact: abs - rest is a multiple of b
  return sign * (whole + (2 * rest >= b ? 1 : 0));
}

/**
 * A share of an amount, with the rate in basis points (1 % = 100 bp; 50 % = 5000 bp), rounded to the
 * nearest cent (halves away from zero).
 */
export function applyRate(cents: Cents, rateBasisPoints: number): Cents {
  assertCents(cents);
  if (!Number.isSafeInteger(rateBasisPoints)) throw new MoneyError(`rate must be whole basis points`);
  const product = BigInt(cents) * BigInt(rateBasisPoints);
  const sign = product < 0n ? -1n : 1n;
  const abs = product < 0n ? -product : product;
  const rounded = (abs + 5000n) / 10000n;
  return Number(sign * rounded);
}

/** How many whole percent `part` is of `whole` (rounded down), e.g. for "80 % of the limit used". */
export function percentOf(part: Cents, whole: Cents): number {
  assertCents(part);
  assertCents(whole);
  if (whole <= 0) return part > 0 ? Infinity : 0;
  const scaled = part * 100;
  assertCents(scaled, 'part');
  const rest = ((scaled % whole) + whole) % whole;
  return (scaled - rest) / whole;
}

/** Whole euros and cents as an exact decimal string: 123456 → "1234.56", -5 → "-0.05". */
export function centsToDecimal(cents: Cents): string {
  assertCents(cents);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const rest = abs % 100;
  return `${sign}${(abs - rest) / 100}.${String(rest).padStart(2, '0')}`;
}

const TAGS: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Euros for people to read, in their language: 4550 → "45,50 €" (fi). Intl formats the exact decimal
 * string, so no binary fraction is ever made of the amount.
 */
export function formatEuros(cents: Cents, locale: string): string {
  const tag = TAGS[locale] ?? locale;
  let f = formatters.get(tag);
  if (!f) {
    f = new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    formatters.set(tag, f);
  }
  // Intl.NumberFormat formats a decimal string exactly (ECMA-402 NumberFormat v3, Node 20+).
  return f.format(centsToDecimal(cents) as unknown as number);
}

/** Reads "45", "45,50", "45.5" or "1 200 €" into cents, or null when it is not an amount. */
export function parseEuros(text: string): Cents | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^€|€$/g, '')
    .replace(/(?:e|eur|euroa?)$/i, '');
  const match = /^(-?)(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}
