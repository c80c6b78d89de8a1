import { redirect } from '@sveltejs/kit';
import type { OpenErasure } from '$lib/api/types';
import { setFlash, takeFlash } from '$lib/server/flash';
import { field } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { apiFailure, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent, cookies }) => {
  await parent(); // the group's guard: coordinators and admins
  const requests = unwrap(await locals.api.GET('/api/coordinator/erasures'), url) as OpenErasure[];
  return { requests, done: takeFlash(cookies, url) === 'erased' };
};

export const actions: Actions = {
  carryOut: async ({ request, locals, url, cookies }) => {
    requireUser(locals, url, ['coordinator', 'admin']);
    const id = field(await request.formData(), 'id');
    const result = await locals.api.POST('/api/coordinator/erasures/{id}/carry-out', {
      params: { path: { id } },
    });
    if (!result.response.ok) return apiFailure(result, { values: { id } }, []);
    setFlash(cookies, url, '/coordinator/erasures', 'erased');
    redirect(303, '/coordinator/erasures');
  },
};
