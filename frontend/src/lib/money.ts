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
  // Split into whole euros and cents so no binary fraction sneaks in before formatting.
  const sign = cents < 0 ? -1 : 1;
  const abs = Math.abs(cents);
  const euros = Math.trunc(abs / 100) + (abs % 100) / 100;
  return euroFormatter(locale).format(sign * euros);
}
