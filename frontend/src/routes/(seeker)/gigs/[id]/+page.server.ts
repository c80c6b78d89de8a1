import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { setFlash, takeFlash } from '$lib/server/flash';
import { requireUser } from '$lib/server/guards';
import { apiFailure, invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, parent, cookies }) => {
  const { user } = await parent(); // the group's guard first
  const gig = unwrap(
    await locals.api.GET('/api/gigs/{gigId}', { params: { path: { gigId: params.id } } }),
    url,
  );
  const started = Date.parse(gig.startsAt) <= Date.now();
  return {
    gig,
    started,
    // Only job seekers take gigs; coordinators see the same page without the buttons.
    canAct: user?.role === 'seeker',
    done: takeFlash(cookies, url),
  };
};

const gigPath = (id: string) => `/gigs/${encodeURIComponent(id)}`;

export const actions: Actions = {
  book: async ({ locals, url, params, cookies }) => {
    requireUser(locals, url, ['seeker']);
    const result = await locals.api.POST('/api/gigs/{gigId}/booking', {
      params: { path: { gigId: params.id } },
    });
    if (!result.response.ok) return apiFailure(result, { form: 'book', values: {} }, []);
    setFlash(cookies, url, gigPath(params.id), 'booked');
    redirect(303, gigPath(params.id));
  },

  withdraw: async ({ locals, url, params, cookies }) => {
    requireUser(locals, url, ['seeker']);
    const result = await locals.api.DELETE('/api/gigs/{gigId}/booking', {
      params: { path: { gigId: params.id } },
    });
    if (result.response.status === 404) {
      // The gig exists (the page showed it), so what is missing is the booking.
      return invalid({ form: 'withdraw', values: {}, errors: { _form: m.error_booking_not_found() } }, 404);
    }
    if (!result.response.ok) return apiFailure(result, { form: 'withdraw', values: {} }, []);
    setFlash(cookies, url, gigPath(params.id), 'withdrawn');
    redirect(303, gigPath(params.id));
  },
};
