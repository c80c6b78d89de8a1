import fc from 'fast-check';
import { expectedPay, leastGigPay, paysAtLeast } from './pay.rules';

describe('what a gig pays', () => {
  it('pays the gig pay, or the hourly pay for the estimated time', () => {
    expect(expectedPay({ payKind: 'per_gig', payCents: 4500, estimatedMinutes: 180 })).toBe(4500);
    expect(expectedPay({ payKind: 'per_hour', payCents: 1250, estimatedMinutes: 90 })).toBe(1875);
    expect(expectedPay({ payKind: 'per_hour', payCents: 1001, estimatedMinutes: 30 })).toBe(501); // 500.5 → 501
  });

  it('refuses pay under the lowest hourly pay, exactly at the boundary', () => {
    const min = 1000;
    expect(paysAtLeast({ payKind: 'per_gig', payCents: 3000, estimatedMinutes: 180 }, min)).toBe(true);
    expect(paysAtLeast({ payKind: 'per_gig', payCents: 2999, estimatedMinutes: 180 }, min)).toBe(false);
    expect(paysAtLeast({ payKind: 'per_hour', payCents: 999, estimatedMinutes: 60 }, min)).toBe(false);
    expect(paysAtLeast({ payKind: 'per_gig', payCents: 0, estimatedMinutes: 15 }, min)).toBe(false);
    fc.assert(
      fc.property(
        fc.integer({ min: 15, max: 1440 }),
        fc.integer({ min: 0, max: 5000 }),
        (minutes, hourly) => {
          const least = leastGigPay(minutes, hourly);
          expect(
            paysAtLeast({ payKind: 'per_gig', payCents: least, estimatedMinutes: minutes }, hourly),
          ).toBe(true);
          if (least > 0)
            expect(
              paysAtLeast({ payKind: 'per_gig', payCents: least - 1, estimatedMinutes: minutes }, hourly),
            ).toBe(false);
        },
      ),
    );
  });
});
