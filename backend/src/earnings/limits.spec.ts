import fc from 'fast-check';
import { addDays, Day, inPeriod, periodOf } from '../platform/core/helsinki';
import {
  countDay,
  impactOf,
  LedgerEntry,
  periodsBetween,
  periodTotal,
  standing,
  thresholdsCrossed,
  versionOn,
  versionProblems,
} from './limits';
import { catalogueVersions, RULE_CATALOGUE } from './rule-catalogue';

const monthly = catalogueVersions('unemployment_month');
const fourWeeks = catalogueVersions('unemployment_4w');
const cap = catalogueVersions('programme_cap');
const noAnchor = { anchor: null, personalAmountCents: null };

const day = fc
  .integer({ min: Date.UTC(2013, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10) as Day);
const entry = fc.record({
  amountCents: fc.integer({ min: -50_000, max: 200_000 }),
  workDate: day,
  paymentDate: day,
});
const entry_ = (amountCents: number, paymentDate: Day, workDate: Day = paymentDate): LedgerEntry => ({
  amountCents,
  paymentDate,
  workDate,
});

describe('limit rules as data', () => {
  it('ships every rule of DOMAIN.md with sound versions', () => {
    expect(RULE_CATALOGUE.map((r) => r.key)).toEqual([
      'unemployment_month',
      'unemployment_4w',
      'programme_cap',
      'social_assistance',
      'housing_allowance',
      'disability_pension',
      'student_aid',
    ]);
    for (const r of RULE_CATALOGUE)
      expect([r.key, versionProblems(catalogueVersions(r.key))]).toEqual([r.key, []]);
  });

  it('finds the version in force on a day, including the 2020-21 portion and the abolition', () => {
    expect(versionOn(monthly, '2019-05-01')?.amountCents).toBe(30000);
    expect(versionOn(monthly, '2020-06-01')?.amountCents).toBe(50000);
    expect(versionOn(monthly, '2021-11-30')?.amountCents).toBe(50000);
    expect(versionOn(monthly, '2021-12-01')?.amountCents).toBe(30000);
    expect(versionOn(monthly, '2024-03-31')?.amountCents).toBe(30000);
    expect(versionOn(monthly, '2024-04-01')?.amountCents).toBe(0);
    expect(versionOn(monthly, '2013-12-31')).toBeNull();
  });

  it('refuses overlapping versions and other nonsense', () => {
    const [a, b] = monthly;
    expect(versionProblems([a, { ...b, validFrom: '2019-01-01' }])).toContain(
      'versions of a rule must not overlap',
    );
    expect(versionProblems([{ ...a, reductionRateBp: 0 }])).toContain(
      'a reduction rate is between 0 and 100 %',
    );
    expect(versionProblems([a, { ...b, period: 'year' }])).toContain(
      'every version of a rule has the same period',
    );
  });

  it('applies the version in force at the start of the adjustment period, not at the payment', () => {
    // A 4-week period from 25 March 2024 still has the 279 € portion for a payment on 10 April.
    const anchored = { anchor: '2024-03-25', personalAmountCents: null };
    const s = standing(fourWeeks, anchored, [entry_(35000, '2024-04-10')], [], '2024-04-10');
    expect(s.period).toEqual({ kind: 'four_weeks', start: '2024-03-25', end: '2024-04-22' });
    expect(s.limitCents).toBe(27900);
    expect(s.reductionCents).toBe(3550); // half of the 71 € over 279 €
    // The next period, from 22 April, is under the new rule: every euro counts.
    const t = standing(fourWeeks, anchored, [entry_(35000, '2024-04-25')], [], '2024-04-25');
    expect(t.limitCents).toBe(0);
    expect(t.reductionCents).toBe(17500);
  });
});

describe('periods and totals', () => {
  it('puts every entry in exactly one period, and the periods add up to the whole ledger', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 60 }),
        day,
        fc.constantFrom('month', 'four_weeks', 'year' as const),
        (entries, anchor, kind) => {
          const seeker = { anchor, personalAmountCents: null };
          const days = entries.map((e) => countDay(e, 'payment_date')).sort();
          if (!days.length) return;
          const periods = periodsBetween(kind, days[0], days[days.length - 1], seeker);
          for (const e of entries) {
            expect(periods.filter((p) => inPeriod(e.paymentDate, p))).toHaveLength(1);
          }
          const byPeriod = periods.reduce((sum, p) => sum + periodTotal(entries, p, 'payment_date'), 0);
          expect(byPeriod).toBe(entries.reduce((sum, e) => sum + e.amountCents, 0));
        },
      ),
    );
  });

  it("gives a period's total as the sum of its entries, and a reversal brings it back", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), entry, day, (entries, e, d) => {
        const period = periodOf('month', d);
        const before = periodTotal(entries, period, 'payment_date');
        const reversal = { ...e, amountCents: -e.amountCents };
        expect(periodTotal([...entries, e, reversal], period, 'payment_date')).toBe(before);
        const mine = entries.filter((x) => inPeriod(x.paymentDate, period));
        expect(before).toBe(mine.reduce((s, x) => s + x.amountCents, 0));
      }),
    );
  });

  it('counts by the payment day by default and by the work day where the rule says so', () => {
    const e = entry_(10000, '2025-02-03', '2025-01-30');
    const jan = periodOf('month', '2025-01-15');
    expect(periodTotal([e], jan, 'payment_date')).toBe(0);
    expect(periodTotal([e], jan, 'work_date')).toBe(10000);
  });

  it('handles year ends and 4-week periods across them', () => {
    const seeker = { anchor: '2025-12-15', personalAmountCents: null };
    const entries = [entry_(10000, '2025-12-31'), entry_(5000, '2026-01-01'), entry_(7000, '2026-01-12')];
    const s = standing(fourWeeks, seeker, entries, [], '2026-01-02');
    expect(s.period).toEqual({ kind: 'four_weeks', start: '2025-12-15', end: '2026-01-12' });
    expect(s.earnedCents).toBe(15000);
    const y = standing(
      catalogueVersions('student_aid'),
      { anchor: null, personalAmountCents: 1872000 },
      entries,
      [],
      '2026-01-02',
    );
    expect(y.earnedCents).toBe(12000);
  });
});

describe('where a seeker stands, and what a gig would do', () => {
  it('computes the hand-made cases of the protected portion', () => {
    // March 2024: 350 € paid, 300 € protected, half of the 50 € excess.
    const march = standing(
      monthly,
      noAnchor,
      [entry_(20000, '2024-03-05'), entry_(15000, '2024-03-20')],
      [],
      '2024-03-31',
    );
    expect(march).toMatchObject({
      limitCents: 30000,
      earnedCents: 35000,
      headroomCents: -5000,
      reductionCents: 2500,
      percentUsed: 116,
    });
    // The same in April 2024: every euro counts.
    const april = standing(monthly, noAnchor, [entry_(35000, '2024-04-05')], [], '2024-04-30');
    expect(april).toMatchObject({ limitCents: 0, reductionCents: 17500, percentUsed: null });
    // 2021 (COVID portion 500 €): 450 € cuts nothing.
    expect(standing(monthly, noAnchor, [entry_(45000, '2021-03-01')], [], '2021-03-15').reductionCents).toBe(
      0,
    );
  });

  it('tells a seeker at 260 € of 300 € what a 60 € gig does: 20 € over, benefit about 10 € lower', () => {
    const portion300 = [{ ...monthly[2], validTo: null }];
    const i = impactOf(portion300, noAnchor, [entry_(26000, '2026-11-05')], [], 6000, '2026-11-28');
    expect(i).toMatchObject({
      limitCents: 30000,
      leftCents: 4000,
      overCents: 2000,
      reductionCents: 1000,
      keepCents: 5000,
      takesOver: true,
      crosses: [100],
    });
    // Under today's rule every euro counts: 60 € cuts about 30 €, the seeker keeps about 30 € more.
    const today = impactOf(monthly, noAnchor, [entry_(26000, '2026-11-05')], [], 6000, '2026-11-28');
    expect(today).toMatchObject({
      limitCents: 0,
      reductionCents: 3000,
      keepCents: 3000,
      takesOver: false,
      crosses: [],
    });
    // The programme cap: a ceiling with no reduction.
    const c = impactOf(cap, noAnchor, [entry_(26000, '2026-11-05')], [], 6000, '2026-11-28');
    expect(c).toMatchObject({
      leftCents: 4000,
      overCents: 2000,
      reductionCents: 0,
      takesOver: true,
      crosses: [100],
    });
  });

  it('counts booked but unpaid gigs as projected, in the period of their payment day', () => {
    const s = standing(
      cap,
      noAnchor,
      [entry_(10000, '2026-11-02')],
      [entry_(6000, '2026-11-20'), entry_(9000, '2026-12-01')],
      '2026-11-10',
    );
    expect(s).toMatchObject({
      earnedCents: 10000,
      projectedCents: 6000,
      headroomCents: 20000,
      percentUsed: 53,
    });
  });

  it('crosses 80 % and 100 % once each, however the total grows', () => {
    expect(thresholdsCrossed(20000, 25000, 30000)).toEqual([80]);
    expect(thresholdsCrossed(20000, 31000, 30000)).toEqual([80, 100]);
    expect(thresholdsCrossed(25000, 26000, 30000)).toEqual([]);
    expect(thresholdsCrossed(0, 5000, 0)).toEqual([]);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20000 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 100000 }),
        (steps, limit) => {
          let total = 0;
          const crossed: number[] = [];
          for (const s of steps) {
            crossed.push(...thresholdsCrossed(total, total + s, limit));
            total += s;
          }
          expect(new Set(crossed).size).toBe(crossed.length);
          expect(crossed).toEqual(thresholdsCrossed(0, total, limit));
        },
      ),
    );
  });

  it('moves to the next period on its first day', () => {
    const s = standing(cap, noAnchor, [entry_(30000, '2026-10-31')], [], '2026-11-01');
    expect(s.period.start).toBe('2026-11-01');
    expect(s.earnedCents).toBe(0);
    expect(addDays(s.period.end, -1)).toBe('2026-11-30');
  });
});
