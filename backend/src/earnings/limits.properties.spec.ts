// Properties of the earnings arithmetic over random ledgers and random rules (fast-check): the periods
// partition the days and the instants, running totals (ledger_totals) equal the sums of their entries however
// the entries arrive, a reversal brings every total back, and the rule version is chosen by the first day of
// the adjustment period, so a change from a day on touches only the periods that start on or after it.
import fc from 'fast-check';
import {
  addDays,
  Day,
  daysBetween,
  helsinkiDay,
  helsinkiMidnight,
  inPeriod,
  nextPeriod,
  PeriodKind,
} from '../platform/core/helsinki';
import {
  Allocation,
  countDay,
  periodsBetween,
  periodTotal,
  periodTotals,
  rulePeriod,
  RuleVersion,
  SeekerRule,
  standing,
  versionOn,
} from './limits';

const DAY_MS = 86_400_000;
const dayFrom = (ms: number): Day => new Date(ms - (ms % DAY_MS)).toISOString().slice(0, 10);
const day = fc.integer({ min: Date.UTC(2013, 0, 1), max: Date.UTC(2031, 11, 31) }).map(dayFrom);
/** Days bunched around the turn of a year, where month and year periods both end. */
const yearEnd = fc
  .record({ year: fc.integer({ min: 2014, max: 2030 }), offset: fc.integer({ min: -5, max: 5 }) })
  .map(({ year, offset }) => addDays(`${year}-01-01`, offset));
const anyDay = fc.oneof(day, yearEnd);
const entry = fc
  .record({ amountCents: fc.integer({ min: -50_000, max: 200_000 }), workDate: anyDay, lag: fc.nat(45) })
  .map(({ amountCents, workDate, lag }) => ({ amountCents, workDate, paymentDate: addDays(workDate, lag) }));
const kind = fc.constantFrom<PeriodKind>('month', 'four_weeks', 'year');
const allocation = fc.constantFrom<Allocation>('payment_date', 'work_date');
const seeker = fc.record({ anchor: day, personalAmountCents: fc.constant(null) }) as fc.Arbitrary<SeekerRule>;

/** A rule's versions: one chain of validity ranges from 2013 on, with random boundaries and amounts. */
const versions = fc
  .record({
    kind,
    allocation,
    cuts: fc.uniqueArray(day, { maxLength: 5 }),
    amounts: fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ kind: k, allocation: a, cuts, amounts }): RuleVersion[] => {
    const starts = ['2013-01-01', ...cuts.filter((c) => c > '2013-01-01').sort()];
    return starts.map((validFrom, i) => ({
      id: `v${i}`,
      ruleKey: 'r',
      amountCents: amounts[i],
      period: k,
      allocation: a,
      effect: 'reduction',
      reductionRateBp: 5000,
      validFrom,
      validTo: starts[i + 1] ?? null,
    }));
  });

describe('periods over random ledgers and rules', () => {
  it('puts every entry in exactly one period of its rule, counted by the rule’s day', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 60 }),
        kind,
        allocation,
        seeker,
        (es, k, a, s) => {
          const days = es.map((e) => countDay(e, a)).sort();
          const periods = periodsBetween(k, days[0], days[days.length - 1], s);
          for (const e of es) {
            const holding = periods.filter((p) => inPeriod(countDay(e, a), p));
            expect(holding).toHaveLength(1);
            expect(holding[0]).toEqual(rulePeriod(k, countDay(e, a), s));
          }
        },
      ),
    );
  });

  it('keeps running totals equal to the sum of each period’s entries, in whatever order they arrive', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), kind, allocation, seeker, (es, k, a, s) => {
        const batch = periodTotals(es, k, a, s);
        // One entry at a time, as each ledger insert adds to its period's row.
        const running = new Map<Day, number>();
        for (const e of [...es].reverse()) {
          const p = rulePeriod(k, countDay(e, a), s);
          running.set(p.start, (running.get(p.start) ?? 0) + e.amountCents);
        }
        expect(new Map([...batch].map(([start, t]) => [start, t.totalCents]))).toEqual(running);
        for (const { period, totalCents } of batch.values()) {
          expect(totalCents).toBe(periodTotal(es, period, a));
          const mine = es.filter((e) => inPeriod(countDay(e, a), period));
          expect(totalCents).toBe(mine.reduce((sum, e) => sum + e.amountCents, 0));
        }
        const all = [...batch.values()].reduce((sum, t) => sum + t.totalCents, 0);
        expect(all).toBe(es.reduce((sum, e) => sum + e.amountCents, 0));
      }),
    );
  });

  it('brings every period’s total back when an entry is reversed', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), entry, kind, allocation, seeker, (es, e, k, a, s) => {
        const before = periodTotals(es, k, a, s);
        const after = periodTotals([...es, e, { ...e, amountCents: -e.amountCents }], k, a, s);
        for (const [start, t] of after) expect(t.totalCents).toBe(before.get(start)?.totalCents ?? 0);
      }),
    );
  });

  it('makes 4-week periods 28 days long, back to back, on the anchor’s rhythm, before and after it', () => {
    fc.assert(
      fc.property(anyDay, anyDay, fc.integer({ min: 1, max: 30 }), (anchor, from, count) => {
        let p = rulePeriod('four_weeks', from, { anchor, personalAmountCents: null });
        for (let i = 0; i < count; i++) {
          expect(daysBetween(p.start, p.end)).toBe(28);
          expect(((daysBetween(anchor, p.start) % 28) + 28) % 28).toBe(0);
          const next = nextPeriod(p);
          expect(next.start).toBe(p.end);
          p = next;
        }
      }),
    );
  });

  it('ends month and year periods at the turn of the year, and starts the next on 1 January', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2014, max: 2030 }), (year) => {
        const none = { anchor: null, personalAmountCents: null };
        for (const k of ['month', 'year'] as const) {
          const dec31 = rulePeriod(k, `${year}-12-31`, none);
          const jan1 = rulePeriod(k, `${year + 1}-01-01`, none);
          expect(dec31.end).toBe(`${year + 1}-01-01`);
          expect(jan1.start).toBe(`${year + 1}-01-01`);
        }
      }),
    );
  });

  it('counts an entry paid near a daylight-saving change in the period of its Helsinki day', () => {
    // Instants within 4 hours of a Helsinki midnight at the end of March and October (the changes' months).
    const instant = fc
      .record({
        year: fc.integer({ min: 2014, max: 2030 }),
        month: fc.constantFrom(3, 4, 10, 11),
        dayOfMonth: fc.constantFrom(1, 25, 26, 27, 28, 29, 30, 31),
        minutes: fc.integer({ min: -240, max: 240 }),
      })
      .map(({ year, month, dayOfMonth, minutes }) => {
        const d = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(dayOfMonth, 30)).padStart(2, '0')}`;
        return helsinkiMidnight(d).getTime() + minutes * 60_000;
      });
    fc.assert(
      fc.property(instant, kind, seeker, (t, k, s) => {
        const d = helsinkiDay(t);
        const p = rulePeriod(k, d, s);
        // As instants, the period runs from the Helsinki midnight of its first day to that of the day after
        // its last: 23- and 25-hour days included, the entry's instant is inside, and in no neighbour.
        expect(helsinkiMidnight(p.start).getTime()).toBeLessThanOrEqual(t);
        expect(t).toBeLessThan(helsinkiMidnight(p.end).getTime());
        expect(inPeriod(d, nextPeriod(p))).toBe(false);
      }),
    );
    // By hand: 00:30 on 1 April 2026 in Helsinki is 21:30 UTC on 31 March (summer time, UTC+3).
    const none = { anchor: null, personalAmountCents: null };
    expect(rulePeriod('month', helsinkiDay(Date.UTC(2026, 2, 31, 21, 30)), none).start).toBe('2026-04-01');
    // 00:30 on 1 November 2026 is 22:30 UTC on 31 October (winter time again, UTC+2).
    expect(rulePeriod('month', helsinkiDay(Date.UTC(2026, 9, 31, 22, 30)), none).start).toBe('2026-11-01');
    expect(rulePeriod('month', helsinkiDay(Date.UTC(2026, 9, 31, 21, 30)), none).start).toBe('2026-10-01');
  });
});

describe('which rule version applies', () => {
  it('is the one in force on the first day of the adjustment period, for every day of it', () => {
    fc.assert(
      fc.property(versions, seeker, day, fc.nat(27), (vs, s, d, step) => {
        const k = vs[0].period;
        const p = rulePeriod(k, d, s);
        const later = addDays(p.start, Math.min(step, daysBetween(p.start, p.end) - 1));
        const a = standing(vs, s, [], [], d);
        const b = standing(vs, s, [], [], later);
        expect(a.version).toEqual(versionOn(vs, p.start));
        expect(b.version).toEqual(a.version);
        expect(a.limitCents).toBe(versionOn(vs, p.start)?.amountCents ?? 0);
      }),
    );
  });

  it('changes only the periods that start on or after a new version’s first day', () => {
    fc.assert(
      fc.property(
        versions,
        seeker,
        day,
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(entry, { maxLength: 20 }),
        fc.array(day, { minLength: 1, maxLength: 20 }),
        (vs, s, from, amount, es, days) => {
          // The new version from `from` on: the one in force then ends that day (as addVersion does).
          const changed = vs
            .filter((v) => v.validFrom < from)
            .map((v) => (v.validTo === null || v.validTo > from ? { ...v, validTo: from } : v));
          const next = vs.find((v) => v.validFrom > from);
          changed.push({
            ...vs[0],
            id: 'new',
            amountCents: amount,
            validFrom: from,
            validTo: next?.validFrom ?? null,
          });
          changed.push(...vs.filter((v) => v.validFrom > from));
          for (const d of days) {
            const before = standing(vs, s, es, [], d);
            const after = standing(changed, s, es, [], d);
            expect(after.period).toEqual(before.period);
            expect(after.earnedCents).toBe(before.earnedCents);
            // Earlier periods keep their version (only its end day moved) and every figure.
            const same = (x: typeof before) => ({ ...x, version: x.version?.id });
            if (before.period.start < from) expect(same(after)).toEqual(same(before));
            else if (!next || before.period.start < next.validFrom) expect(after.limitCents).toBe(amount);
          }
        },
      ),
    );
  });
});
