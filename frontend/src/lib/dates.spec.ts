import { describe, expect, it } from 'vitest';
import {
  hoursForInput,
  parseDay,
  parseHours,
  formatDate,
  formatDateTime,
  formatTimeRange,
  gigInterval,
  helsinkiToIso,
  helsinkiToday,
  parseDateInput,
  parseTimeInput,
} from './dates';

const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('dates', () => {
  it('shows a gig in Helsinki time, whatever the server time zone', () => {
    // 07:00 UTC in June is 10:00 in Helsinki (summer time, UTC+3).
    const text = plain(formatTimeRange('2026-06-02T07:00:00Z', '2026-06-02T09:00:00Z', 'fi'));
    expect(text).toContain('2.6.2026');
    expect(text).toContain('10.00');
    expect(text).toContain('12.00');
  });

  it('writes dates the way they are written in Finland in every language', () => {
    expect(plain(formatDateTime('2026-06-02T07:00:00Z', 'sv'))).toBe('tis 2.6.2026 10.00');
    // Day before month and a 24-hour clock, not 6/2/2026, 10:00 AM.
    expect(plain(formatDateTime('2026-06-02T07:00:00Z', 'en'))).toBe('Tue, 02/06/2026, 10:00');
  });

  it('uses the date after midnight in Helsinki', () => {
    expect(formatDate('2026-01-01T22:30:00Z', 'fi')).toBe('2.1.2026');
  });
});

describe('parseDateInput', () => {
  it('reads the date input format and the Finnish way of writing a date', () => {
    expect(parseDateInput('2026-06-02')).toEqual({ year: 2026, month: 6, day: 2 });
    expect(parseDateInput('2.6.2026')).toEqual({ year: 2026, month: 6, day: 2 });
    expect(parseDateInput(' 29.02.2028 ')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('refuses dates that do not exist and other text', () => {
    for (const text of [
      '',
      '2026-02-30',
      '31.4.2026',
      '29.2.2027',
      '2026-6-2',
      'huomenna',
      '2.6.26',
      '1999-01-01',
    ]) {
      expect(parseDateInput(text), text).toBeNull();
    }
  });
});

describe('parseTimeInput', () => {
  it('reads the time input format and the Finnish way of writing a time', () => {
    expect(parseTimeInput('09:00')).toEqual({ hour: 9, minute: 0 });
    expect(parseTimeInput('14:30:00')).toEqual({ hour: 14, minute: 30 });
    expect(parseTimeInput('9.15')).toEqual({ hour: 9, minute: 15 });
    expect(parseTimeInput('0:00')).toEqual({ hour: 0, minute: 0 });
  });

  it('refuses times that do not exist and other text', () => {
    for (const text of ['', '24:00', '12:60', '9', '9:5', 'aamulla', '12-30']) {
      expect(parseTimeInput(text), text).toBeNull();
    }
  });
});

describe('helsinkiToIso', () => {
  it('reads winter times as UTC+2 and summer times as UTC+3', () => {
    expect(helsinkiToIso({ year: 2026, month: 1, day: 15 }, { hour: 10, minute: 0 })).toBe(
      '2026-01-15T08:00:00.000Z',
    );
    expect(helsinkiToIso({ year: 2026, month: 6, day: 2 }, { hour: 10, minute: 0 })).toBe(
      '2026-06-02T07:00:00.000Z',
    );
    expect(helsinkiToIso({ year: 2026, month: 1, day: 1 }, { hour: 0, minute: 30 })).toBe(
      '2025-12-31T22:30:00.000Z',
    );
  });

  it('is right on both sides of the spring clock change (29.3.2026 at 03.00 → 04.00)', () => {
    const day = { year: 2026, month: 3, day: 29 };
    expect(helsinkiToIso(day, { hour: 2, minute: 30 })).toBe('2026-03-29T00:30:00.000Z');
    expect(helsinkiToIso(day, { hour: 4, minute: 30 })).toBe('2026-03-29T01:30:00.000Z');
    expect(helsinkiToIso(day, { hour: 12, minute: 0 })).toBe('2026-03-29T09:00:00.000Z');
    // 03.30 does not exist that night: it is read as 04.30 summer time.
    expect(helsinkiToIso(day, { hour: 3, minute: 30 })).toBe('2026-03-29T01:30:00.000Z');
  });

  it('is right on both sides of the autumn clock change (25.10.2026 at 04.00 → 03.00)', () => {
    const day = { year: 2026, month: 10, day: 25 };
    expect(helsinkiToIso(day, { hour: 2, minute: 30 })).toBe('2026-10-24T23:30:00.000Z');
    // 03.30 happens twice that night: the first one (still summer time).
    expect(helsinkiToIso(day, { hour: 3, minute: 30 })).toBe('2026-10-25T00:30:00.000Z');
    expect(helsinkiToIso(day, { hour: 4, minute: 30 })).toBe('2026-10-25T02:30:00.000Z');
    expect(helsinkiToIso(day, { hour: 12, minute: 0 })).toBe('2026-10-25T10:00:00.000Z');
  });
});

describe('gigInterval', () => {
  it('puts start and end on the same day', () => {
    expect(
      gigInterval({ year: 2026, month: 6, day: 2 }, { hour: 10, minute: 0 }, { hour: 12, minute: 30 }),
    ).toEqual({ startsAt: '2026-06-02T07:00:00.000Z', endsAt: '2026-06-02T09:30:00.000Z' });
  });

  it('reads an end earlier than the start as the next day', () => {
    expect(
      gigInterval({ year: 2026, month: 6, day: 30 }, { hour: 22, minute: 0 }, { hour: 2, minute: 0 }),
    ).toEqual({ startsAt: '2026-06-30T19:00:00.000Z', endsAt: '2026-06-30T23:00:00.000Z' });
    // Over New Year's Eve: the next day is in the next month and year.
    expect(
      gigInterval({ year: 2026, month: 12, day: 31 }, { hour: 20, minute: 0 }, { hour: 1, minute: 0 }),
    ).toEqual({ startsAt: '2026-12-31T18:00:00.000Z', endsAt: '2026-12-31T23:00:00.000Z' });
  });

  it('counts the real hours over the night of the autumn clock change', () => {
    // 22.00 summer time to 06.00 winter time is nine hours, not eight.
    const { startsAt, endsAt } = gigInterval(
      { year: 2026, month: 10, day: 24 },
      { hour: 22, minute: 0 },
      { hour: 6, minute: 0 },
    );
    expect(startsAt).toBe('2026-10-24T19:00:00.000Z');
    expect(endsAt).toBe('2026-10-25T04:00:00.000Z');
    expect((Date.parse(endsAt) - Date.parse(startsAt)) / 3600_000).toBe(9);
  });

  it('keeps equal start and end times on one day (the API then asks for a later end)', () => {
    const { startsAt, endsAt } = gigInterval(
      { year: 2026, month: 6, day: 2 },
      { hour: 10, minute: 0 },
      { hour: 10, minute: 0 },
    );
    expect(startsAt).toBe(endsAt);
  });
});

describe('helsinkiToday', () => {
  it('gives the Helsinki date, which is a day ahead of UTC late in the evening', () => {
    expect(helsinkiToday(new Date('2026-06-02T20:59:00Z'))).toBe('2026-06-02');
    expect(helsinkiToday(new Date('2026-06-02T21:00:00Z'))).toBe('2026-06-03');
    expect(helsinkiToday(new Date('2026-01-01T21:59:00Z'))).toBe('2026-01-01');
    expect(helsinkiToday(new Date('2026-01-01T22:00:00Z'))).toBe('2026-01-02');
  });
});

describe('parseDay, parseHours and hoursForInput', () => {
  it('reads a day either way, and refuses one that does not exist', () => {
    expect(parseDay('24.12.2026')).toBe('2026-12-24');
    expect(parseDay('2026-02-28')).toBe('2026-02-28');
    expect(parseDay('30.2.2026')).toBeNull();
    expect(parseDay('huomenna')).toBeNull();
  });
  it('reads hours as whole minutes, at most a day', () => {
    expect(parseHours('2,5')).toBe(150);
    expect(parseHours('2.25')).toBe(135);
    expect(parseHours('3 h')).toBe(180);
    expect(parseHours('24')).toBe(1440);
    expect(parseHours('25')).toBeNull();
    expect(parseHours('kolme')).toBeNull();
  });
  it('writes minutes back as the hours a person would type, and they read back the same', () => {
    expect(hoursForInput(150, 'fi')).toBe('2,5');
    expect(hoursForInput(150, 'en')).toBe('2.5');
    expect(hoursForInput(180, 'sv')).toBe('3');
    for (const minutes of [0, 15, 45, 90, 120, 135, 1440])
      expect(parseHours(hoursForInput(minutes, 'fi'))).toBe(minutes);
  });
});
