import { requireUser } from '$lib/server/guards';
import { unwrap } from '$lib/server/results';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent }) => {
  await parent(); // the group's guard first
  // Only job seekers have gigs of their own (the group also lets the project's staff in).
  requireUser(locals, url, ['seeker']);
  const gigs = unwrap(await locals.api.GET('/api/me/gigs'), url);
  const byStart = (a: { startsAt: string }, b: { startsAt: string }) => a.startsAt.localeCompare(b.startsAt);
  return {
    // Coming up: soonest first; done and missed: latest first.
    booked: gigs.filter((gig) => gig.bookingStatus === 'booked').sort(byStart),
    // Applied for, or next in line: not a place yet.
    waiting: gigs
      .filter((gig) => gig.bookingStatus === 'applied' || gig.bookingStatus === 'waitlisted')
      .sort(byStart),
    done: gigs.filter((gig) => gig.bookingStatus === 'completed').sort((a, b) => byStart(b, a)),
    missed: gigs.filter((gig) => gig.bookingStatus === 'no_show').sort((a, b) => byStart(b, a)),
  };
};
