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
