// What counts as an occupied place, defined once: a booking that is booked, or was and is now settled after the
// gig (completed or a no-show), holds its place.
// Every count of places (a gig's places left, the booking rule, matching's open places) uses this.
import type { BookingStatus } from './booking.entity';

export const OCCUPYING_STATUSES: readonly BookingStatus[] = ['booked', 'completed', 'no_show'];

/** SQL for the number of occupied places of the gig whose id is the expression `gigId`. */
export function occupiedPlacesSql(gigId: string): string {
  const list = OCCUPYING_STATUSES.map((s) => `'${s}'`).join(', ');
  return `(SELECT count(*)::int FROM bookings b WHERE b.gig_id = ${gigId} AND b.status IN (${list}))`;
}

const HOUR = 3_600_000;
/** The ask to confirm coming goes this long before the attendance deadline. */
export const ATTENDANCE_ASK_BEFORE_MS = 12 * HOUR;

/**
 * When booked seekers are asked to confirm they are coming, and when unconfirmed places are released (ms since
 * the epoch); null when the organisation does not ask (`attendanceHours` 0).
 */
export function attendanceMoments(
  startsAt: Date | string,
  attendanceHours: number,
): { ask: number; deadline: number } | null {
  if (attendanceHours <= 0) return null;
  const deadline = new Date(startsAt).getTime() - attendanceHours * HOUR;
  return { ask: deadline - ATTENDANCE_ASK_BEFORE_MS, deadline };
}
