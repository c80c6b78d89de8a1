import { describe, expect, it } from 'vitest';
import { formatDate, formatTimeRange } from './dates';

const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('dates', () => {
  it('shows a gig in Helsinki time, whatever the server time zone', () => {
    // 07:00 UTC in June is 10:00 in Helsinki (summer time, UTC+3).
    const text = plain(formatTimeRange('2026-06-02T07:00:00Z', '2026-06-02T09:00:00Z', 'fi'));
    expect(text).toContain('2.6.2026');
    expect(text).toContain('10.00');
    expect(text).toContain('12.00');
  });

  it('uses the date after midnight in Helsinki', () => {
    expect(formatDate('2026-01-01T22:30:00Z', 'fi')).toBe('2.1.2026');
  });
});
