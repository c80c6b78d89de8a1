// Times come from the API as ISO strings and are always shown in Finnish time, in the reader's language.

const TIME_ZONE = 'Europe/Helsinki';

// Finland's ways of writing dates, as in the mails the backend sends: plain "sv" would write 2026-06-02
// and plain "en" 6/2/2026 (2 June read as 6 February), both unusual here.
const TAGS: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const tag = (locale: string): string => TAGS[locale] ?? locale;

const dateTimeOptions: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

/** The day of the week of an instant in Finland, in full: "lauantai", "lördag", "Saturday". */
export function formatWeekday(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(tag(locale), { timeZone: TIME_ZONE, weekday: 'long' }).format(new Date(iso));
}

/** "ti 2.6.2026 klo 10.00–12.00": the start and end of a gig as one range. */
export function formatTimeRange(startsAt: string, endsAt: string, locale: string): string {
  const format = new Intl.DateTimeFormat(tag(locale), dateTimeOptions);
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end < start) {
    return format.format(start);
  }
  return format.formatRange(start, end);
}

/** A date and time, e.g. for when a message was sent. */
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(tag(locale), dateTimeOptions).format(new Date(iso));
}

/** A date only, e.g. when an organisation joined. */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(tag(locale), {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).format(new Date(iso));
}

// Reading dates and times typed in a form, as Finnish wall-clock time.

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export interface TimeParts {
  hour: number;
  minute: number;
}

/** A date from `<input type="date">` ("2026-06-02") or typed the Finnish way ("2.6.2026"); null if none. */
export function parseDateInput(text: string): DateParts | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : finnish
      ? [Number(finnish[3]), Number(finnish[2]), Number(finnish[1])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || year < 2000 || year > 2999) return null;
  // Date.UTC rolls 31.2. over to March: a date that does not survive the round trip does not exist.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** A time from `<input type="time">` ("09:00", "14:30:00") or typed the Finnish way ("9.00"); null if none. */
export function parseTimeInput(text: string): TimeParts | null {
  const match = /^(\d{1,2})[:.](\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

const offsetFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** How far Helsinki's clock is ahead of UTC at an instant, in milliseconds (2 h in winter, 3 h in summer). */
function helsinkiOffset(instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of offsetFormat.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant of a Helsinki wall-clock time, as an ISO string. Around the clock changes it does what
 * Temporal's "compatible" choice does: a time that happens twice (autumn, 03.00–03.59) is the first one,
 * and a time skipped in spring (03.00–03.59) is read with winter time, so 03.30 becomes 04.30.
 */
export function helsinkiToIso(date: DateParts, time: TimeParts): string {
  const wall = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  const day = 24 * 3600_000;
  const before = helsinkiOffset(wall - day);
  const after = helsinkiOffset(wall + day);
  const matches = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => helsinkiOffset(instant) === wall - instant);
  const instant = matches.length > 0 ? Math.min(...matches) : wall - before;
  return new Date(instant).toISOString();
}

/** The date after the given one in the calendar. */
export function nextDay(date: DateParts): DateParts {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/**
 * A gig's start and end from a date and two clock times in Helsinki. An end earlier than the start
 * is on the next day (an evening gig that ends after midnight).
 */
export function gigInterval(
  date: DateParts,
  start: TimeParts,
  end: TimeParts,
): { startsAt: string; endsAt: string } {
  const startMinutes = start.hour * 60 + start.minute;
  const endMinutes = end.hour * 60 + end.minute;
  const endDate = endMinutes < startMinutes ? nextDay(date) : date;
  return { startsAt: helsinkiToIso(date, start), endsAt: helsinkiToIso(endDate, end) };
}

/** Today's date in Helsinki as "2026-06-02" (the value format of `<input type="date">`). */
export function helsinkiToday(now: Date = new Date()): string {
  const parts: Record<string, string> = {};
  for (const part of new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now)) {
    parts[part.type] = part.value;
  }
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** An instant's Helsinki date ("2026-06-02") and clock time ("09:30"), the values of date and time inputs. */
export function helsinkiInputs(iso: string): { date: string; time: string } {
  const parts: Record<string, string> = {};
  for (const part of new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso))) {
    parts[part.type] = part.value;
  }
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** A day as people type it ("24.12.2026" or "2026-12-24") as YYYY-MM-DD, or null when there is no such day. */
export function parseDay(text: string): string | null {
  const d = parseDateInput(text);
  const pad = (n: number) => String(n).padStart(2, '0');
  return d ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : null;
}

/** Hours as people type them ("2,5", "2.5", "3 h") as whole minutes, at most 24 h; null when not a time. */
export function parseHours(text: string): number | null {
  const match = /^(\d{1,2})(?:[.,](\d{1,2}))?$/.exec(text.replace(/\s/g, '').replace(/h$/i, ''));
  if (!match) return null;
  const fraction = match[2] ?? '0';
  const minutes = Number(match[1]) * 60 + Math.round((Number(fraction) * 60) / 10 ** fraction.length);
  return minutes <= 1440 ? minutes : null;
}

/** Minutes as hours for a form field: 150 → "2,5" in Finnish and Swedish, "2.5" in English. */
export function hoursForInput(minutes: number, locale: string): string {
  const hundredths = Math.round((minutes * 100) / 60);
  const whole = Math.floor(hundredths / 100);
  const rest = String(hundredths % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return rest ? `${whole}${locale === 'en' ? '.' : ','}${rest}` : String(whole);
}
