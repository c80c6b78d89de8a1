// Money is integer cents everywhere; this is the one place that turns cents into text.

const formatters = new Map<string, Intl.NumberFormat>();

function euroFormatter(locale: string): Intl.NumberFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** Formats integer cents as euros for the locale, e.g. 1234 → "12,34 €" in Finnish. */
export function formatCents(cents: number, locale: string): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
  // An exact decimal string ("1234.56"): Intl formats it as written, so no binary fraction is ever made.
  const abs = Math.abs(cents);
  const rest = abs % 100;
  const decimal = `${cents < 0 ? '-' : ''}${(abs - rest) / 100}.${String(rest).padStart(2, '0')}`;
  return euroFormatter(locale).format(decimal as Intl.StringNumericLiteral);
}

/**
 * Reads euros as people type them ("45", "45,50", "45.50", "1 200 €") into integer cents, or null
 * when the text is not an amount. Works on the digits as text, so no binary fraction can creep in.
 */
export function parseEuros(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^€|€$/g, '')
    .replace(/(?:e|eur|euroa?)$/i, '');
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const euros = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  const total = euros * 100 + cents;
  return Number.isSafeInteger(total) ? total : null;
}

/** Cents as a form field's value, the way people type euros: 4550 → "45,50" (Finnish, Swedish), "45.50" (English). */
export function centsForInput(cents: number, locale: string): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Not an amount of cents: ${cents}`);
  return `${Math.floor(cents / 100)}${locale === 'en' ? '.' : ','}${String(cents % 100).padStart(2, '0')}`;
}
