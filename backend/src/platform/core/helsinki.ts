// Calendar days and periods as people in Finland count them. A Day is a civil date 'YYYY-MM-DD' with no time
// zone; an instant becomes a Day in Europe/Helsinki. Periods are half-open: [start, end).
// Civil-date arithmetic is done on UTC midnights, where every day has exactly 24 hours; only the step from an
// instant to a Helsinki day (and back) knows about the zone and its daylight-saving changes.

export type Day = string;
export const ZONE = 'Europe/Helsinki';
const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function parts(day: Day): [number, number, number] {
  const m = DAY.exec(day);
  if (!m || !isDay(day)) throw new RangeError(`not a calendar day: ${day}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function fromUtcMs(ms: number): Day {
  return new Date(ms).toISOString().slice(0, 10);
}

function utcMs(day: Day): number {
  const [y, m, d] = parts(day);
  return Date.UTC(y, m - 1, d);
}

export function addDays(day: Day, n: number): Day {
  return fromUtcMs(utcMs(day) + n * DAY_MS);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((utcMs(b) - utcMs(a)) / DAY_MS);
}

export function addMonths(day: Day, n: number): Day {
  const [y, m, d] = parts(day);
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
}

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function wallClock(instant: number): { day: Day; hour: number; minute: number; second: number } {
  const p = Object.fromEntries(formatter.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return {
    day: `${p.year}-${p.month}-${p.day}`,
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
  };
}

/** How far Helsinki's wall clock is ahead of UTC at this instant, in ms (2 h in winter, 3 h in summer). */
export function helsinkiOffsetMs(instant: Date | number): number {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  const w = wallClock(t);
  const wallAsUtc = utcMs(w.day) + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000;
  return wallAsUtc - (t - (((t % 1000) + 1000) % 1000));
}

/** The Helsinki calendar day of an instant. */
export function helsinkiDay(instant: Date | number): Day {
  return wallClock(typeof instant === 'number' ? instant : instant.getTime()).day;
}

/**
 * The instant a Helsinki wall-clock time happens. A time skipped by the spring change (03:00–03:59 on the
 * last Sunday of March) moves forward by the hour; a time that happens twice in autumn gives the first.
 */
export function helsinkiTime(day: Day, hour = 0, minute = 0): Date {
  const wall = utcMs(day) + (hour * 60 + minute) * 60_000;
  for (const offsetHours of [3, 2]) {
    const t = wall - offsetHours * 3_600_000;
    const w = wallClock(t);
    if (w.day === day && w.hour === hour && w.minute === minute) return new Date(t);
  }
  return new Date(wall - 2 * 3_600_000); // in the spring gap: the same distance past it, in summer time
}

/** The instant the Helsinki day begins (midnight never falls in a daylight-saving gap in Finland). */
export function helsinkiMidnight(day: Day): Date {
  return helsinkiTime(day, 0, 0);
}

// Periods

export const PERIOD_KINDS = ['month', 'four_weeks', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** The first day. */
  start: Day;
  /** The day after the last: periods are [start, end). */
  end: Day;
}

export function monthOf(day: Day): Period {
  const [y, m] = parts(day);
  const start = fromUtcMs(Date.UTC(y, m - 1, 1));
  return { kind: 'month', start, end: addMonths(start, 1) };
}

export function yearOf(day: Day): Period {
  const [y] = parts(day);
  return { kind: 'year', start: `${y}-01-01`, end: `${y + 1}-01-01` };
}

/** The 4-week period holding `day`, counted in steps of 28 days from the anchor (before or after it). */
export function fourWeeksOf(day: Day, anchor: Day): Period {
  const n = Math.floor(daysBetween(anchor, day) / 28);
  const start = addDays(anchor, n * 28);
  return { kind: 'four_weeks', start, end: addDays(start, 28) };
}

/** The period of the kind that holds `day`; a 4-week period needs its anchor. */
export function periodOf(kind: PeriodKind, day: Day, anchor?: Day): Period {
  if (kind === 'month') return monthOf(day);
  if (kind === 'year') return yearOf(day);
  if (!anchor) throw new RangeError('a 4-week period needs an anchor day');
  return fourWeeksOf(day, anchor);
}

export function nextPeriod(p: Period): Period {
  if (p.kind === 'four_weeks') return { kind: p.kind, start: p.end, end: addDays(p.end, 28) };
  return periodOf(p.kind, p.end);
}

export function previousPeriod(p: Period): Period {
  if (p.kind === 'four_weeks') return { kind: p.kind, start: addDays(p.start, -28), end: p.start };
  return periodOf(p.kind, addDays(p.start, -1));
}

export function inPeriod(day: Day, p: Period): boolean {
  return day >= p.start && day < p.end;
}
