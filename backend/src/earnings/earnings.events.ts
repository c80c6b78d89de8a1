// The events the earnings feature emits, with their payloads.
import '../platform/outbox/events';

export interface LimitCrossed {
  seekerId: string;
  seekerName: string;
  /** The seeker's own coordinator, who is told; null: every coordinator is. */
  coordinatorId: string | null;
  ruleKey: string;
  /** The rule's name in Finnish, for staff notices. */
  limitName: string;
  /** The rule's name in each language, for the seeker's own notice (absent in events from before it). */
  limitNames?: { fi: string; sv: string; en: string };
  /** Earned in the period, and the limit, in cents. */
  amountCents: number;
  limitCents: number;
  /** The threshold passed: 80 (near) or 100 (over), percent of the limit. */
  threshold: number;
  /** The first day of the period, YYYY-MM-DD: one alert per seeker, rule, period and threshold. */
  periodStart: string;
}

declare module '../platform/outbox/events' {
  interface DomainEvents {
    /** A seeker's confirmed earnings passed 80 % or 100 % of a limit that applies to them. */
    'limit.crossed': LimitCrossed;
  }
}
