import { redirect } from '@sveltejs/kit';
import { setFlash, takeFlash } from '$lib/server/flash';
import { field } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { apiFailure, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent, cookies }) => {
  await parent(); // the group's guard first
  const [dashboard, overview, organisations] = await Promise.all([
    locals.api.GET('/api/coordinator/dashboard'),
    locals.api.GET('/api/coordinator/overview'),
    locals.api.GET('/api/coordinator/organisations'),
  ]);
  return {
    dashboard: unwrap(dashboard, url),
    overview: unwrap(overview, url),
    organisations: unwrap(organisations, url),
    flash: takeFlash(cookies, url),
  };
};

export const actions: Actions = {
  /** Pauses an organisation (its gigs stop being offered) or lifts the pause. */
  pause: async ({ request, locals, url, cookies }) => {
    requireUser(locals, url, ['coordinator', 'admin']);
    const data = await request.formData();
    const id = field(data, 'organisationId');
    const resume = field(data, 'resume') === 'true';
    const path = resume
      ? '/api/coordinator/organisations/{id}/resume'
      : '/api/coordinator/organisations/{id}/pause';
    const result = await locals.api.POST(path, { params: { path: { id } } });
    if (!result.response.ok) return apiFailure(result, { form: 'pause', values: { organisationId: id } }, []);
    setFlash(cookies, url, '/coordinator', resume ? 'resumed' : 'paused');
    redirect(303, '/coordinator');
  },

  /** Marks an organisation checked, so it may publish gigs. */
  verify: async ({ request, locals, url, cookies }) => {
    requireUser(locals, url, ['coordinator', 'admin']);
    const id = field(await request.formData(), 'organisationId');
    const result = await locals.api.POST('/api/coordinator/organisations/{id}/verify', {
      params: { path: { id } },
    });
    if (!result.response.ok)
      return apiFailure(result, { form: 'verify', values: { organisationId: id } }, []);
    setFlash(cookies, url, '/coordinator', 'verified');
    redirect(303, '/coordinator');
  },
};
