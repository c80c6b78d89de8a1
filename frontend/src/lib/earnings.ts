// The plain words of where a seeker stands against a limit, and of what a gig would do to it.
import type { Earnings, GigImpact, Standing } from '$lib/api/types';
import { formatDate } from '$lib/dates';
import { formatCents } from '$lib/money';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

type Names = Standing['names'];
export const ruleName = (names: Names, locale: string): string => names[locale as Locale] ?? names.fi;

/** Lines that say, in plain words, what the limit means and where the seeker stands. */
export function standingLines(s: Standing, locale: string): string[] {
  const eur = (cents: number) => formatCents(cents, locale);
  const cents = String(Math.round(s.reductionRateBp / 100));
  const lines = [
    m.earnings_period({ start: formatDate(s.periodStart, locale), end: formatDate(s.periodEnd, locale) }),
  ];
  if (s.effect === 'reduction' && s.limitCents === 0) {
    lines.push(m.earnings_every_euro({ cents }), m.earnings_earned({ earned: eur(s.earnedCents) }));
  } else {
    if (s.effect === 'reduction') lines.push(m.earnings_free_up_to({ limit: eur(s.limitCents), cents }));
    else if (s.effect === 'loses_benefit') lines.push(m.earnings_loses({ limit: eur(s.limitCents) }));
    else if (s.kind === 'programme') lines.push(m.earnings_cap({ limit: eur(s.limitCents) }));
    else lines.push(m.earnings_watch({ limit: eur(s.limitCents) }));
    lines.push(m.earnings_earned_of({ earned: eur(s.earnedCents), limit: eur(s.limitCents) }));
    lines.push(
      s.headroomCents >= 0
        ? m.earnings_left({ left: eur(s.headroomCents) })
        : m.earnings_over({ over: eur(-s.headroomCents) }),
    );
  }
  if (s.effect === 'reduction' && s.reductionCents > 0)
    lines.push(m.earnings_reduction({ reduction: eur(s.reductionCents) }));
  if (s.projectedCents > 0) lines.push(m.earnings_projected({ projected: eur(s.projectedCents) }));
  lines.push(
    m.earnings_next_period({
      start: formatDate(s.nextPeriodStart, locale),
      end: formatDate(s.nextPeriodEnd, locale),
      limit: eur(s.nextLimitCents),
    }),
  );
  return lines;
}

/** One line per limit: what taking the gig does to it. */
export function impactLines(impact: GigImpact, locale: string): string[] {
  const eur = (cents: number) => formatCents(cents, locale);
  const pay = eur(impact.payCents);
  return impact.limits.map((l) => {
    const name = ruleName(l.names, locale);
    const left = eur(l.leftCents);
    const over = eur(l.overCents);
    // A portion above 0 €: what is left of it, how far the gig goes over, and what the excess costs.
    if (l.effect === 'reduction' && l.takesOver && l.limitCents > 0)
      return m.impact_over_reduction({ name, left, pay, over, reduction: eur(l.reductionCents) });
    if (l.effect === 'reduction')
      return l.reductionCents > 0
        ? m.impact_reduction({ name, reduction: eur(l.reductionCents), keep: eur(l.keepCents) })
        : m.impact_no_reduction({ name });
    if (l.takesOver) return m.impact_over({ name, left, pay, over });
    return m.impact_left({
      name,
      left: eur(l.leftCents),
      after: eur(l.afterCents),
      limit: eur(l.limitCents),
    });
  });
}

/** The entries to list: on an earlier or later period (`asked`), those paid in it (by the first limit); else all. */
export function shownEntries(e: Earnings, asked: boolean): Earnings['entries'] {
  const lead = e.limits[0];
  if (!asked || !lead) return e.entries;
  return e.entries.filter((x) => x.paymentDate >= lead.periodStart && x.paymentDate <= lead.periodEnd);
}
