import fc from 'fast-check';
import {
  applyRate,
  centsToDecimal,
  divRound,
  formatEuros,
  MoneyError,
  parseEuros,
  percentOf,
  sumCents,
} from './money';

const cents = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });

describe('money in integer cents', () => {
  it('sums exactly, in any order', () => {
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 200 }), (xs) => {
        const total = sumCents(xs);
        expect(Number.isSafeInteger(total)).toBe(true);
        expect(sumCents([...xs].reverse())).toBe(total);
        expect(total).toBe(Number(xs.reduce((a, x) => a + BigInt(x), 0n)));
      }),
    );
  });

  it('refuses amounts that are not whole cents', () => {
    expect(() => sumCents([1, 0.5])).toThrow(MoneyError);
    expect(() => formatEuros(10.1, 'fi')).toThrow(MoneyError);
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(MoneyError);
  });

  it('applies a rate in basis points with halves rounded away from zero', () => {
    expect(applyRate(2000, 5000)).toBe(1000); // half of 20 €
    expect(applyRate(1, 5000)).toBe(1); // half a cent rounds up
    expect(applyRate(-1, 5000)).toBe(-1);
    expect(applyRate(3, 3333)).toBe(1);
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: 10000 }), (c, bp) => {
        const r = applyRate(c, bp);
        // |r - c·bp/10000| ≤ 1/2 cent, checked in exact integers
        const diff = BigInt(r) * 10000n - BigInt(c) * BigInt(bp);
        expect(diff <= 5000n && diff >= -5000n).toBe(true);
      }),
    );
  });

  it('divides with rounding in exact integers', () => {
    expect(divRound(5, 2)).toBe(3);
    expect(divRound(-5, 2)).toBe(-3);
    expect(divRound(4, 3)).toBe(1);
    fc.assert(
      fc.property(cents, fc.integer({ min: 1, max: 100000 }), (a, b) => {
        const q = divRound(a, b);
        const diff = BigInt(q) * BigInt(b) * 2n - BigInt(a) * 2n;
        expect(diff <= BigInt(b) && diff >= -BigInt(b)).toBe(true);
      }),
    );
  });

  it('gives whole percents rounded down', () => {
    expect(percentOf(24000, 30000)).toBe(80);
    expect(percentOf(23999, 30000)).toBe(79);
    expect(percentOf(30000, 30000)).toBe(100);
    expect(percentOf(0, 0)).toBe(0);
    expect(percentOf(1, 0)).toBe(Infinity);
  });

  it('prints an exact decimal and reads it back', () => {
    expect(centsToDecimal(123456)).toBe('1234.56');
    expect(centsToDecimal(-5)).toBe('-0.05');
    fc.assert(fc.property(cents, (c) => expect(parseEuros(centsToDecimal(c))).toBe(c)));
  });

  it('formats euros for Finnish, Swedish and English readers', () => {
    expect(formatEuros(4550, 'fi')).toBe('45,50\u00a0€');
    expect(formatEuros(123456789, 'fi')).toBe('1\u00a0234\u00a0567,89\u00a0€');
    expect(formatEuros(4550, 'en')).toBe('€45.50');
    expect(formatEuros(-1, 'sv')).toMatch(/^[−-]0,01\u00a0€$/);
    // A float division would print 0.07 as 0,07 only by luck; the decimal string is exact at any size.
    expect(formatEuros(900719925474099, 'en')).toBe('€9,007,199,254,740.99');
  });

  it('reads euros as people type them', () => {
    expect(parseEuros('45')).toBe(4500);
    expect(parseEuros('45,5')).toBe(4550);
    expect(parseEuros('1 200 €')).toBe(120000);
    expect(parseEuros('12.345')).toBeNull();
    expect(parseEuros('abc')).toBeNull();
  });
});
