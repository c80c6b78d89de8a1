import { LOCALES } from '../platform/i18n/locales';
import { NOTIFICATION_KINDS } from './kinds';
import { euros, noticeText, when } from './notice-texts';

const FULL = {
  gigTitle: 'Haravointi',
  organisationName: 'Oma ry',
  startsAt: '2026-05-16T07:00:00.000Z',
  area: 'Pori',
  payCents: 4550,
  seekerName: 'Aino',
  hours: 2,
  queue: 'notifications',
  jobName: 'event',
  reason: 'timeout',
  limitName: 'Ohjelman katto',
  amountCents: 24000,
  capCents: 30000,
};

describe('notice words', () => {
  it.each(LOCALES)('words every kind in %s, with every value in place', (locale) => {
    for (const kind of NOTIFICATION_KINDS) {
      const { title, lines } = noticeText(kind, FULL, locale);
      expect(title.length).toBeGreaterThan(5);
      expect(`${title} ${lines.join(' ')}`).not.toMatch(/undefined|NaN|\[object|\$\{/);
    }
  });

  it('puts the values people need into the words', () => {
    const fi = noticeText('match', FULL, 'fi');
    expect(fi.title).toBe('Uusi keikka sinulle: Haravointi');
    expect(fi.lines.join(' ')).toContain('Palkka: 45,50\u00a0€');
    expect(fi.lines.join(' ')).toContain('klo 10.00'); // 07:00 UTC is 10:00 in Helsinki in May
    expect(noticeText('match', FULL, 'en').lines.join(' ')).toContain('Pay: €45.50');
    expect(noticeText('reminder', { ...FULL, hours: 24 }, 'sv').title).toBe(
      'Påminnelse: Haravointi börjar i morgon',
    );
  });

  it('shows a missing or broken value as nothing, never as a wrong one', () => {
    expect(euros('12.5', 'fi')).toBe('');
    expect(when('not a time', 'fi')).toBe('');
    const { title } = noticeText('booking_made', {}, 'fi');
    expect(title).not.toMatch(/undefined/);
  });
});
