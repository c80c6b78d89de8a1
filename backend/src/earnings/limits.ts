// The rules of earnings limits, as pure functions. A limit rule is versioned data: each version has an amount,
// a period (calendar month, 4 weeks from the seeker's anchor day, calendar year), an allocation (earnings count
// by the day they are paid — the Finnish default — or the day the work was done), an effect above the limit
// (the benefit falls by a share of the excess, or the benefit may be lost, or nothing: a ceiling to watch),
// and validity dates. The version that applies to a period is the one in force on the period's first day.
import {
  addDays,
  Day,
  inPeriod,
  nextPeriod,
  Period,
  PeriodKind,
  periodOf,
  previousPeriod,
} from '../platform/core/helsinki';
import { applyRate, percentOf, sumCents } from '../platform/core/money';

export const ALLOCATIONS = ['payment_date', 'work_date'] as const;
export type Allocation = (typeof ALLOCATIONS)[number];
export const EFFECTS = ['reduction', 'loses_benefit', 'none'] as const;
export type Effect = (typeof EFFECTS)[number];

export interface RuleVersion {
  id: string;
  /** The rule the version belongs to; a change in the law is a new version of the same rule. */
  ruleKey: string;
  amountCents: number;
  period: PeriodKind;
  allocation: Allocation;
  effect: Effect;
  /** For `reduction`: how much each euro over the limit cuts the benefit, in basis points (5000 = 50 %). */
  reductionRateBp: number;
  validFrom: Day;
  /** The first day it no longer applies; null while in force. */
  validTo: Day | null;
}

export interface LedgerEntry {
  amountCents: number;
  workDate: Day;
  paymentDate: Day;
}

/** How one seeker has this rule: their 4-week anchor day and a personal amount where the rule needs one. */
export interface SeekerRule {
  anchor: Day | null;
  personalAmountCents: number | null;
}

export const ALERT_THRESHOLDS = [80, 100] as const;

/** What a seeker wants done about a gig that would take them over a limit. */
export const LIMIT_MODES = ['show', 'warn', 'never'] as const;
export type LimitMode = (typeof LIMIT_MODES)[number];

/** Whether taking a gig with this impact needs the seeker's confirmation first. */
export const needsConfirmation = (mode: LimitMode, impact: { takesOver: boolean }): boolean =>
  mode !== 'show' && impact.takesOver;

/** The day an entry counts on under an allocation. */
export function countDay(entry: LedgerEntry, allocation: Allocation): Day {
  return allocation === 'payment_date' ? entry.paymentDate : entry.workDate;
}

/** The version in force on `day` (a period's first day), or null when none is. */
export function versionOn(versions: readonly RuleVersion[], day: Day): RuleVersion | null {
  return versions.find((v) => v.validFrom <= day && (v.validTo === null || day < v.validTo)) ?? null;
}

/** The period of the rule that holds `day`. The period kind and allocation are those of the rule's versions. */
export function rulePeriod(kind: PeriodKind, day: Day, seeker: SeekerRule): Period {
  if (kind === 'four_weeks' && !seeker.anchor) {
    throw new RangeError('a 4-week rule needs the seeker’s anchor day');
  }
  return periodOf(kind, day, seeker.anchor ?? undefined);
}

export function periodTotal(entries: readonly LedgerEntry[], period: Period, allocation: Allocation): number {
  return sumCents(entries.filter((e) => inPeriod(countDay(e, allocation), period)).map((e) => e.amountCents));
}

/**
 * The running totals of a ledger for one rule: the sum of the entries per period (keyed by its first day),
 * as ledger_totals keeps them.
 */
export function periodTotals(
  entries: readonly LedgerEntry[],
  kind: PeriodKind,
  allocation: Allocation,
  seeker: SeekerRule,
): Map<Day, { period: Period; totalCents: number }> {
  const out = new Map<Day, { period: Period; totalCents: number }>();
  if (kind === 'four_weeks' && !seeker.anchor) return out;
  for (const e of entries) {
    const period = rulePeriod(kind, countDay(e, allocation), seeker);
    const t = out.get(period.start) ?? { period, totalCents: 0 };
    t.totalCents += e.amountCents;
    out.set(period.start, t);
  }
  return out;
}

/** The benefit reduction a version implies for a period's total (0 unless its effect is a reduction). */
export function reductionFor(version: RuleVersion, limitCents: number, totalCents: number): number {
  if (version.effect !== 'reduction') return 0;
  return applyRate(Math.max(0, totalCents - limitCents), version.reductionRateBp);
}

export interface Standing {
  period: Period;
  version: RuleVersion | null;
  /** The limit in force for this seeker and period: their personal amount, else the version's. */
  limitCents: number;
  /** Confirmed earnings counted in the period. */
  earnedCents: number;
  /** Booked but not yet paid: gigs the seeker holds a place on, by their expected payment day. */
  projectedCents: number;
  /** What is left before the limit, counting the earned only (negative when over). */
  headroomCents: number;
  /** Whole percent of the limit the earned and projected take (null when the limit is 0). */
  percentUsed: number | null;
  /** The estimated benefit reduction for what is earned so far. */
  reductionCents: number;
  /** The same with the projected earnings added. */
  projectedReductionCents: number;
}

/** Where a seeker stands against one rule in the period that holds `day`. */
export function standing(
  versions: readonly RuleVersion[],
  seeker: SeekerRule,
  entries: readonly LedgerEntry[],
  projected: readonly LedgerEntry[],
  day: Day,
): Standing {
  const kind = versions[0]?.period ?? 'month';
  const allocation = versions[0]?.allocation ?? 'payment_date';
  const period = rulePeriod(kind, day, seeker);
  const version = versionOn(versions, period.start);
  const limitCents = seeker.personalAmountCents ?? version?.amountCents ?? 0;
  const earnedCents = periodTotal(entries, period, allocation);
  const projectedCents = periodTotal(projected, period, allocation);
  const withProjected = earnedCents + projectedCents;
  return {
    period,
    version,
    limitCents,
    earnedCents,
    projectedCents,
    headroomCents: limitCents - earnedCents,
    percentUsed: limitCents > 0 ? percentOf(Math.max(0, withProjected), limitCents) : null,
    reductionCents: version ? reductionFor(version, limitCents, earnedCents) : 0,
    projectedReductionCents: version ? reductionFor(version, limitCents, withProjected) : 0,
  };
}

/** The next period after the one holding `day`, with the version that will apply to it. */
export function upcoming(versions: readonly RuleVersion[], seeker: SeekerRule, day: Day) {
  const kind = versions[0]?.period ?? 'month';
  const period = nextPeriod(rulePeriod(kind, day, seeker));
  const version = versionOn(versions, period.start);
  return { period, version, limitCents: seeker.personalAmountCents ?? version?.amountCents ?? 0 };
}

export interface Impact {
  period: Period;
  version: RuleVersion | null;
  limitCents: number;
  /** Earned and booked in that period before this gig. */
  beforeCents: number;
  afterCents: number;
  /** What is left before the limit, before this gig (0 when already over). */
  leftCents: number;
  /** How much of this gig's pay goes over the limit. */
  overCents: number;
  /** How much more the benefit would fall because of this gig. */
  reductionCents: number;
  /** What the seeker keeps of this gig's pay after the benefit falls. */
  keepCents: number;
  /** The alert thresholds (percent of the limit) this gig would cross. */
  crosses: number[];
  /** Whether the gig takes the seeker over the limit (when the limit is above 0). */
  takesOver: boolean;
}

/** What a gig paying `payCents` on `payDay` would do to the seeker's standing against one rule. */
export function impactOf(
  versions: readonly RuleVersion[],
  seeker: SeekerRule,
  entries: readonly LedgerEntry[],
  projected: readonly LedgerEntry[],
  payCents: number,
  payDay: Day,
): Impact {
  const s = standing(versions, seeker, entries, projected, payDay);
  const beforeCents = s.earnedCents + s.projectedCents;
  const afterCents = beforeCents + payCents;
  const limit = s.limitCents;
  const overBefore = Math.max(0, beforeCents - limit);
  const overAfter = Math.max(0, afterCents - limit);
  const reductionCents = s.version
    ? reductionFor(s.version, limit, afterCents) - reductionFor(s.version, limit, beforeCents)
    : 0;
  return {
    period: s.period,
    version: s.version,
    limitCents: limit,
    beforeCents,
    afterCents,
    leftCents: Math.max(0, limit - beforeCents),
    overCents: overAfter - overBefore,
    reductionCents,
    keepCents: payCents - reductionCents,
    crosses: thresholdsCrossed(beforeCents, afterCents, limit),
    takesOver: limit > 0 && afterCents > limit,
  };
}

/** The thresholds (percent of the limit) passed when a total grows from `before` to `after`. */
export function thresholdsCrossed(before: number, after: number, limitCents: number): number[] {
  if (limitCents <= 0) return []; // a limit of 0 € (the abolished portion) has no "near": every euro counts
  return ALERT_THRESHOLDS.filter(
    (t) => percentOf(Math.max(0, before), limitCents) < t && percentOf(after, limitCents) >= t,
  );
}

/** The periods from the one holding `from` to the one holding `to`, oldest first. */
export function periodsBetween(kind: PeriodKind, from: Day, to: Day, seeker: SeekerRule): Period[] {
  const out: Period[] = [];
  let p = rulePeriod(kind, from, seeker);
  const last = rulePeriod(kind, to, seeker);
  while (p.start <= last.start) {
    out.push(p);
    p = nextPeriod(p);
  }
  return out;
}

/** The earlier periods before the one holding `day`, newest first. */
export function earlierPeriods(kind: PeriodKind, day: Day, seeker: SeekerRule, count: number): Period[] {
  const out: Period[] = [];
  let p = rulePeriod(kind, day, seeker);
  for (let i = 0; i < count; i++) {
    p = previousPeriod(p);
    out.push(p);
  }
  return out;
}

/** Checks a rule's versions: one period kind and allocation, no overlaps, sensible values. */
export function versionProblems(versions: readonly RuleVersion[]): string[] {
  const problems: string[] = [];
  const sorted = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  for (const v of sorted) {
    if (v.period !== sorted[0].period) problems.push('every version of a rule has the same period');
    if (v.allocation !== sorted[0].allocation)
      problems.push('every version of a rule counts by the same day');
    if (v.validTo !== null && v.validTo <= v.validFrom) problems.push('a version must end after it starts');
    if (v.amountCents < 0) problems.push('an amount cannot be negative');
    if (v.effect === 'reduction' && !(v.reductionRateBp > 0 && v.reductionRateBp <= 10000))
      problems.push('a reduction rate is between 0 and 100 %');
  }
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    if (prev.validTo === null || prev.validTo > sorted[i].validFrom)
      problems.push('versions of a rule must not overlap');
  }
  return [...new Set(problems)];
}

/** The last day of a period (periods are half-open). */
export const lastDay = (p: Period): Day => addDays(p.end, -1);
