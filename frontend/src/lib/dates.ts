// Times come from the API as ISO strings and are always shown in Finnish time, in the reader's language.

const TIME_ZONE = 'Europe/Helsinki';

const dateTimeOptions: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

/** "ti 2.6.2026 klo 10.00–12.00": the start and end of a gig as one range. */
export function formatTimeRange(startsAt: string, endsAt: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, dateTimeOptions);
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end < start) {
    return format.format(start);
  }
  return format.formatRange(start, end);
}

/** A date and time, e.g. for when a message was sent. */
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, dateTimeOptions).format(new Date(iso));
}

/** A date only, e.g. when an organisation joined. */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).format(new Date(iso));
}
