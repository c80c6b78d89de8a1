// One seeker, for coordinators: profile, where they stand against each limit (the earnings feature's figures),
// bookings, feedback received and the participation-path notes; take them as mine, record a step, print a
// new sign-in code.
import { redirect } from '@sveltejs/kit';
import type { FormErrors } from '$lib/api/errors';
import { PATH_STEPS } from '$lib/coordination';
import { helsinkiToday, parseDay } from '$lib/dates';
import { m } from '$lib/paraglide/messages';
import { setFlash, takeFlash } from '$lib/server/flash';
import { field } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { qrSvg } from '$lib/server/qr';
import { apiFailure, invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, parent, cookies }) => {
  await parent(); // the group's guard: coordinators and admins
  const path = { params: { path: { id: params.id } } };
  const [page, earnings] = await Promise.all([
    locals.api.GET('/api/coordinator/seekers/{id}', path),
    locals.api.GET('/api/coordinator/seekers/{id}/earnings', path),
  ]);
  return {
    seeker: unwrap(page, url),
    earnings: unwrap(earnings, url),
    me: locals.user!.id,
    isCoordinator: locals.user!.role === 'coordinator',
    today: helsinkiToday(),
    done: takeFlash(cookies, url),
  };
};

export const actions: Actions = {
  /** Records a step of the participation path on the day it was reached. */
  note: async ({ request, locals, url, params, cookies }) => {
    requireUser(locals, url, ['coordinator', 'admin']);
    const data = await request.formData();
    const values = { step: field(data, 'step'), day: field(data, 'day'), note: field(data, 'note') };
    const errors: FormErrors = {};
    const step = PATH_STEPS.find((s) => s === values.step);
    if (!step) errors.step = m.error_required_choice();
    const day = parseDay(values.day);
    if (!day) errors.day = m.error_date();
    if (Object.keys(errors).length > 0 || !step || !day) return invalid({ form: 'note', values, errors });
    const result = await locals.api.POST('/api/coordinator/seekers/{id}/notes', {
      params: { path: { id: params.id } },
      body: { step, day, ...(values.note ? { note: values.note } : {}) },
    });
    if (!result.response.ok) return apiFailure(result, { form: 'note', values }, ['step', 'day', 'note']);
    const here = `/coordinator/seekers/${params.id}`;
    setFlash(cookies, url, here, 'noted');
    redirect(303, here);
  },

  /** Makes the signed-in coordinator the seeker's own: limit alerts then come to them. */
  mine: async ({ locals, url, params, cookies }) => {
    const user = requireUser(locals, url, ['coordinator']);
    const result = await locals.api.POST('/api/coordinator/seekers/{id}/coordinator', {
      params: { path: { id: params.id } },
      body: { coordinatorId: user.id },
    });
    if (!result.response.ok) return apiFailure(result, { form: 'mine', values: {} }, []);
    const here = `/coordinator/seekers/${params.id}`;
    setFlash(cookies, url, here, 'mine');
    redirect(303, here);
  },

  /** A new one-time sign-in code to print; the old one stops working. Shown once, in this answer. */
  code: async ({ locals, url, params }) => {
    requireUser(locals, url, ['coordinator', 'admin']);
    const result = await locals.api.POST('/api/coordinator/seekers/{id}/sign-in-code', {
      params: { path: { id: params.id } },
    });
    if (!result.response.ok || !result.data) return apiFailure(result, { form: 'code', values: {} }, []);
    return { printed: { ...result.data, qrSvg: await qrSvg(result.data.signInUrl) } };
  },
};
