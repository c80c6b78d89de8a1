import { describe, expect, it } from 'vitest';
import { centsForInput, formatCents, parseEuros } from './money';

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

describe('parseEuros', () => {
  it('reads whole euros and euros with cents, with a comma or a point', () => {
    expect(parseEuros('45')).toBe(4500);
    expect(parseEuros('45,50')).toBe(4550);
    expect(parseEuros('45.50')).toBe(4550);
    expect(parseEuros('45,5')).toBe(4550);
    expect(parseEuros('0,07')).toBe(7);
    expect(parseEuros('0')).toBe(0);
  });

  it('ignores spaces, thousands spaces and a euro sign', () => {
    expect(parseEuros(' 45 ')).toBe(4500);
    expect(parseEuros('45 €')).toBe(4500);
    expect(parseEuros('€45.50')).toBe(4550);
    expect(parseEuros('1 200')).toBe(120000);
    expect(parseEuros('1\u00a0200,25')).toBe(120025);
    expect(parseEuros('45 e')).toBe(4500);
    expect(parseEuros('45 euroa')).toBe(4500);
  });

  it('is exact where floating point would round wrongly', () => {
    expect(parseEuros('0,29')).toBe(29);
    expect(parseEuros('19,99')).toBe(1999);
    expect(parseEuros('4,35')).toBe(435);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', ' ', 'abc', '-5', '45,505', '1.000,50', '45,', ',50', '4 5,5,5', '1e3', '45€€']) {
      expect(parseEuros(text), text).toBeNull();
    }
  });
});

describe('centsForInput', () => {
  it('writes cents as people type euros, and they read back the same', () => {
    expect(centsForInput(4550, 'fi')).toBe('45,50');
    expect(centsForInput(120000, 'en')).toBe('1200.00');
    expect(centsForInput(5, 'sv')).toBe('0,05');
    for (const cents of [0, 1, 99, 4500, 120000]) expect(parseEuros(centsForInput(cents, 'fi'))).toBe(cents);
  });
});
