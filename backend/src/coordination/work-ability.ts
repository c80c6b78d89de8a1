// When a seeker's work-ability self-assessment is due: at the start (none yet), then three months after the
// last one.
import { addMonths, type Day } from '../platform/core/helsinki';

export const WORK_ABILITY_EVERY_MONTHS = 3;
export const WORK_ABILITY_QUESTIONS = ['coping', 'routines', 'confidence', 'skills'] as const;

/** The day the next assessment is due: today when there is none yet. */
export function nextDue(lastDay: Day | null, today: Day): Day {
  return lastDay === null ? today : addMonths(lastDay, WORK_ABILITY_EVERY_MONTHS);
}

export function isDue(lastDay: Day | null, today: Day): boolean {
  return nextDue(lastDay, today) <= today;
}
