import { isDue, nextDue } from './work-ability';

describe('work-ability self-assessment', () => {
  it('is due at the start, when there is none yet', () => {
    expect(nextDue(null, '2026-11-25')).toBe('2026-11-25');
    expect(isDue(null, '2026-11-25')).toBe(true);
  });

  it('is due again three months after the last one, not a day before', () => {
    expect(nextDue('2026-08-25', '2026-11-24')).toBe('2026-11-25');
    expect(isDue('2026-08-25', '2026-11-24')).toBe(false);
    expect(isDue('2026-08-25', '2026-11-25')).toBe(true);
    // The end of a longer month falls on the end of the shorter one.
    expect(nextDue('2026-11-30', '2026-12-01')).toBe('2027-02-28');
  });
});
