import fc from 'fast-check';
import {
  addDays,
  addMonths,
  Day,
  daysBetween,
  fourWeeksOf,
  helsinkiDay,
  helsinkiMidnight,
  helsinkiOffsetMs,
  helsinkiTime,
  inPeriod,
  isDay,
  monthOf,
  nextPeriod,
  periodOf,
  PERIOD_KINDS,
  previousPeriod,
  yearOf,
} from './helsinki';

const HOUR = 3_600_000;
const day = fc
  .integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2060, 11, 31) })
  .map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10) as Day);
const instant = fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2060, 11, 31) });

describe('Helsinki days', () => {
  it('knows a calendar day', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2023-02-29')).toBe(false);
    expect(isDay('2024-13-01')).toBe(false);
    expect(isDay('24-01-01')).toBe(false);
  });

  it('puts an instant on its Helsinki day across midnight and the daylight-saving changes', () => {
    expect(helsinkiDay(new Date('2026-01-31T21:59:59Z'))).toBe('2026-01-31');
    expect(helsinkiDay(new Date('2026-01-31T22:00:00Z'))).toBe('2026-02-01'); // winter, UTC+2
    expect(helsinkiDay(new Date('2026-06-30T20:59:59Z'))).toBe('2026-06-30');
    expect(helsinkiDay(new Date('2026-06-30T21:00:00Z'))).toBe('2026-07-01'); // summer, UTC+3
    expect(helsinkiDay(new Date('2026-12-31T22:00:00Z'))).toBe('2027-01-01'); // the year turns
  });

  it('has a 23-hour day in March and a 25-hour day in October', () => {
    const spring = helsinkiMidnight('2026-03-30').getTime() - helsinkiMidnight('2026-03-29').getTime();
    const autumn = helsinkiMidnight('2026-10-26').getTime() - helsinkiMidnight('2026-10-25').getTime();
    expect(spring).toBe(23 * HOUR);
    expect(autumn).toBe(25 * HOUR);
    expect(helsinkiOffsetMs(new Date('2026-03-29T00:59:59Z'))).toBe(2 * HOUR);
    expect(helsinkiOffsetMs(new Date('2026-03-29T01:00:00Z'))).toBe(3 * HOUR);
    expect(helsinkiOffsetMs(new Date('2026-10-25T00:59:59Z'))).toBe(3 * HOUR);
    expect(helsinkiOffsetMs(new Date('2026-10-25T01:00:00Z'))).toBe(2 * HOUR);
  });

  it('turns wall-clock times into instants, also around the changes', () => {
    expect(helsinkiTime('2026-06-01', 9, 30).toISOString()).toBe('2026-06-01T06:30:00.000Z');
    expect(helsinkiTime('2026-01-15', 9, 30).toISOString()).toBe('2026-01-15T07:30:00.000Z');
    // 03:30 does not exist on 29 March 2026; the same distance past 03:00 in summer time is 04:30.
    expect(helsinkiTime('2026-03-29', 3, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 03:30 happens twice on 25 October 2026: the first one.
    expect(helsinkiTime('2026-10-25', 3, 30).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('places every instant in exactly one Helsinki day', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const d = helsinkiDay(t);
        expect(helsinkiMidnight(d).getTime()).toBeLessThanOrEqual(t);
        expect(helsinkiMidnight(addDays(d, 1)).getTime()).toBeGreaterThan(t);
      }),
    );
  });

  it('adds days and months like a calendar', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
    fc.assert(
      fc.property(day, fc.integer({ min: -2000, max: 2000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });
});

describe('periods', () => {
  it('has calendar months and years', () => {
    expect(monthOf('2024-02-15')).toEqual({ kind: 'month', start: '2024-02-01', end: '2024-03-01' });
    expect(monthOf('2024-12-31')).toEqual({ kind: 'month', start: '2024-12-01', end: '2025-01-01' });
    expect(yearOf('2024-06-01')).toEqual({ kind: 'year', start: '2024-01-01', end: '2025-01-01' });
  });

  it('counts 4-week periods from an anchor, before and after it', () => {
    expect(fourWeeksOf('2024-01-01', '2024-01-01')).toEqual({
      kind: 'four_weeks',
      start: '2024-01-01',
      end: '2024-01-29',
    });
    expect(fourWeeksOf('2024-01-28', '2024-01-01').start).toBe('2024-01-01');
    expect(fourWeeksOf('2024-01-29', '2024-01-01').start).toBe('2024-01-29');
    expect(fourWeeksOf('2023-12-31', '2024-01-01').start).toBe('2023-12-04');
    // across the year end
    expect(fourWeeksOf('2025-01-05', '2024-12-16')).toEqual({
      kind: 'four_weeks',
      start: '2024-12-16',
      end: '2025-01-13',
    });
  });

  it('puts every day in exactly one period of each kind, and periods tile the calendar', () => {
    fc.assert(
      fc.property(day, day, fc.constantFrom(...PERIOD_KINDS), (d, anchor, kind) => {
        const p = periodOf(kind, d, anchor);
        expect(inPeriod(d, p)).toBe(true);
        const next = nextPeriod(p);
        const prev = previousPeriod(p);
        expect(next.start).toBe(p.end);
        expect(prev.end).toBe(p.start);
        expect(inPeriod(d, next)).toBe(false);
        expect(inPeriod(d, prev)).toBe(false);
        expect(periodOf(kind, p.start, anchor)).toEqual(p);
        expect(periodOf(kind, addDays(p.end, -1), anchor)).toEqual(p);
        if (kind === 'four_weeks') expect(daysBetween(p.start, p.end)).toBe(28);
      }),
    );
  });
});
