// What a gig pays one person, defined once: the gig's pay, or the hourly pay for the estimated time, rounded
// to the cent (halves away from zero). The SQL form is for listings; both give the same cents.
import { divRound } from '../platform/core/money';
import type { PayKind } from './gig.entity';

export interface PayTerms {
  payKind: PayKind;
  payCents: number;
  estimatedMinutes: number;
}

export function expectedPay(g: PayTerms): number {
  return g.payKind === 'per_hour' ? divRound(g.payCents * g.estimatedMinutes, 60) : g.payCents;
}

/** The pay per hour the terms come to, rounded down to the cent. */
export function hourlyPay(g: PayTerms): number {
  if (g.payKind === 'per_hour') return g.payCents;
  return Math.floor((g.payCents * 60) / g.estimatedMinutes);
}

/** Whether the terms pay at least `minHourlyCents` an hour for the estimated time (exact, in integers). */
export function paysAtLeast(g: PayTerms, minHourlyCents: number): boolean {
  if (g.payKind === 'per_hour') return g.payCents >= minHourlyCents;
  return g.payCents * 60 >= minHourlyCents * g.estimatedMinutes;
}

/** The least a per-gig pay may be for the estimated time, rounded up to the cent. */
export function leastGigPay(estimatedMinutes: number, minHourlyCents: number): number {
  return Math.ceil((minHourlyCents * estimatedMinutes) / 60);
}

export function expectedPaySql(g: string): string {
  return `(CASE WHEN ${g}.pay_kind = 'per_hour' THEN round(${g}.pay_cents::numeric * ${g}.estimated_minutes / 60)::int ELSE ${g}.pay_cents END)`;
}
