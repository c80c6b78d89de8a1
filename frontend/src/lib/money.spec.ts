import { describe, expect, it } from 'vitest';
import { formatCents } from './money';

// Intl puts no-break spaces in amounts; compare with plain spaces so the tests read naturally.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatCents', () => {
  it('formats cents as euros in Finnish', () => {
    expect(plain(formatCents(1234, 'fi'))).toBe('12,34 €');
  });

  it('formats cents as euros in Swedish and English', () => {
    expect(plain(formatCents(1234, 'sv'))).toBe('12,34 €');
    expect(formatCents(1234, 'en')).toBe('€12.34');
  });

  it('always shows two decimals', () => {
    expect(plain(formatCents(500, 'fi'))).toBe('5,00 €');
    expect(plain(formatCents(7, 'fi'))).toBe('0,07 €');
    expect(plain(formatCents(0, 'fi'))).toBe('0,00 €');
  });

  it('groups thousands', () => {
    expect(plain(formatCents(123456789, 'fi'))).toBe('1 234 567,89 €');
    expect(formatCents(123456789, 'en')).toBe('€1,234,567.89');
  });

  it('keeps the sign of negative amounts', () => {
    expect(plain(formatCents(-1234, 'fi'))).toMatch(/^[-−]12,34 €$/);
  });

  it('is exact for every cent value where floating point could round wrongly', () => {
    for (const cents of [1, 10, 29, 57, 99, 101, 1005, 4999, 100001]) {
      const text = formatCents(cents, 'en');
      expect(text).toBe(
        `€${Math.floor(cents / 100).toLocaleString('en')}.${String(cents % 100).padStart(2, '0')}`,
      );
    }
  });

  it('refuses fractions of a cent', () => {
    expect(() => formatCents(12.5, 'fi')).toThrow(RangeError);
  });
});
