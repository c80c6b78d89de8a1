import { redirect, type Cookies } from '@sveltejs/kit';
import { problemMessage, toProblem } from '$lib/api/errors';
import { m } from '$lib/paraglide/messages';
import { setFlash, takeFlash } from '$lib/server/flash';
import { field } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { apiFailure, invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, parent, cookies }) => {
  const { user } = await parent(); // the group's guard first
  const path = { gigId: params.id };
  const gig = unwrap(await locals.api.GET('/api/gigs/{gigId}', { params: { path } }), url);
  const now = Date.now();
  const started = Date.parse(gig.startsAt) <= now;
  const isSeeker = user?.role === 'seeker';
  // What the organisation recorded of the seeker's work, once the gig is under way and they had a place.
  const completion =
    isSeeker && started && (gig.myBooking === 'booked' || gig.myBooking === 'completed')
      ? await locals.api.GET('/api/gigs/{gigId}/completion', { params: { path } }).then((r) => r.data ?? null)
      : null;
  // Before taking it (or while holding a place), what the gig does to the seeker's benefit and limits.
  const impact =
    isSeeker && !started
      ? await locals.api.GET('/api/gigs/{gigId}/impact', { params: { path } }).then((r) => r.data ?? null)
      : null;
  return {
    gig,
    impact,
    started,
    withdrawUntil: new Date(Date.parse(gig.startsAt) - gig.withdrawHours * 3_600_000).toISOString(),
    comingBy:
      gig.attendanceHours > 0
        ? new Date(Date.parse(gig.startsAt) - gig.attendanceHours * 3_600_000).toISOString()
        : null,
    now: new Date(now).toISOString(),
    completion,
    // Only job seekers take gigs; coordinators see the same page without the buttons.
    canAct: isSeeker,
    done: takeFlash(cookies, url),
  };
};

const gigPath = (id: string) => `/gigs/${encodeURIComponent(id)}`;

/** A failed call of a form without fields: the reason, in the reader's words, at the top of the page. */
function failed(form: string, result: { error?: unknown; response: Response }) {
  const problem = toProblem(result.response.status, result.error);
  if (problem.status === 404)
    return invalid({ form, values: {}, errors: { _form: m.error_booking_not_found() } }, 404);
  // Taking a gig, an overlap is the seeker's own other gig at that time.
  const message =
    problem.code === 'booking_overlap' ? m.error_booking_overlap_take() : problemMessage(problem);
  return invalid({ form, values: {}, errors: { _form: message } }, problem.status);
}

function done(cookies: Cookies, url: URL, id: string, code: string): never {
  setFlash(cookies, url, gigPath(id), code);
  redirect(303, gigPath(id));
}

export const actions: Actions = {
  book: async ({ locals, url, params, cookies, request }) => {
    requireUser(locals, url, ['seeker']);
    // Taking a gig that goes over a limit set to "warn" (or "never") asks the seeker to say they understand.
    const impact = await locals.api
      .GET('/api/gigs/{gigId}/impact', { params: { path: { gigId: params.id } } })
      .then((r) => r.data ?? null);
    const over = impact?.confirm ?? false;
    if (over && field(await request.formData(), 'confirmOver') !== 'yes')
      return invalid({ form: 'book', values: {}, errors: { confirmOver: m.impact_confirm_over_needed() } });
    const result = await locals.api.POST('/api/gigs/{gigId}/booking', {
      params: { path: { gigId: params.id } },
    });
    if (!result.response.ok) return failed('book', result);
    done(cookies, url, params.id, result.data?.outcome ?? 'booked');
  },

  waitlist: async ({ locals, url, params, cookies }) => {
    requireUser(locals, url, ['seeker']);
    const result = await locals.api.POST('/api/gigs/{gigId}/waitlist', {
      params: { path: { gigId: params.id } },
    });
    if (!result.response.ok) return failed('waitlist', result);
    done(cookies, url, params.id, result.data?.outcome ?? 'waitlisted');
  },

  withdraw: async ({ locals, url, params, cookies, request }) => {
    requireUser(locals, url, ['seeker']);
    const data = await request.formData();
    const health = field(data, 'health') === 'yes' ? 'true' : 'false';
    const result = await locals.api.DELETE('/api/gigs/{gigId}/booking', {
      params: { path: { gigId: params.id }, query: { health } },
    });
    if (!result.response.ok) return failed('withdraw', result);
    done(cookies, url, params.id, 'withdrawn');
  },

  coming: async ({ locals, url, params, cookies }) => {
    requireUser(locals, url, ['seeker']);
    const result = await locals.api.POST('/api/gigs/{gigId}/booking/coming', {
      params: { path: { gigId: params.id } },
    });
    if (!result.response.ok) return failed('coming', result);
    done(cookies, url, params.id, 'coming');
  },

  respond: async ({ locals, url, params, cookies, request }) => {
    requireUser(locals, url, ['seeker']);
    const data = await request.formData();
    const answer = field(data, 'answer') === 'dispute' ? 'dispute' : 'confirm';
    const reason = field(data, 'reason');
    const values = { reason };
    if (answer === 'dispute' && !reason)
      return invalid({ form: 'respond', values, errors: { reason: m.error_required() } });
    const result = await locals.api.POST('/api/gigs/{gigId}/completion', {
      params: { path: { gigId: params.id } },
      body: answer === 'dispute' ? { answer, reason } : { answer },
    });
    if (!result.response.ok) return apiFailure(result, { form: 'respond', values }, ['reason']);
    done(cookies, url, params.id, answer === 'dispute' ? 'disputed' : 'confirmed');
  },

  feedback: async ({ locals, url, params, cookies, request }) => {
    requireUser(locals, url, ['seeker']);
    const data = await request.formData();
    const values = {
      asDescribed: field(data, 'asDescribed'),
      skillsGrew: field(data, 'skillsGrew'),
      note: field(data, 'note'),
    };
    const errors: Record<string, string> = {};
    if (values.asDescribed !== 'yes' && values.asDescribed !== 'no') errors.asDescribed = m.error_required();
    if (!['yes', 'somewhat', 'no'].includes(values.skillsGrew)) errors.skillsGrew = m.error_required();
    if (Object.keys(errors).length) return invalid({ form: 'feedback', values, errors });
    const result = await locals.api.POST('/api/gigs/{gigId}/feedback', {
      params: { path: { gigId: params.id } },
      body: {
        asDescribed: values.asDescribed === 'yes',
        skillsGrew: values.skillsGrew as 'yes' | 'somewhat' | 'no',
        note: values.note,
      },
    });
    if (!result.response.ok)
      return apiFailure(result, { form: 'feedback', values }, ['asDescribed', 'skillsGrew', 'note']);
    done(cookies, url, params.id, 'feedback');
  },
};
