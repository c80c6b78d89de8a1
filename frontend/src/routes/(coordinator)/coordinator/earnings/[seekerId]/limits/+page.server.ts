import { redirect } from '@sveltejs/kit';
import { setFlash } from '$lib/server/flash';
import { requireUser } from '$lib/server/guards';
import { saveLimitsForm } from '$lib/server/limits-form';
import { unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

/** A coordinator sets a seeker's limits with them (audited as the coordinator's change). */
export const load: PageServerLoad = async ({ locals, url, params, parent }) => {
  await parent(); // the group's guard first
  const path = { id: params.seekerId };
  const [rules, limits] = await Promise.all([
    locals.api.GET('/api/limit-rules'),
    locals.api.GET('/api/coordinator/seekers/{id}/limits', { params: { path } }),
  ]);
  return { rules: unwrap(rules, url), limits: unwrap(limits, url) };
};

export const actions: Actions = {
  default: async ({ locals, url, params, request, cookies }) => {
    requireUser(locals, url, ['coordinator', 'admin']);
    const failed = await saveLimitsForm(await request.formData(), (body) =>
      locals.api.PUT('/api/coordinator/seekers/{id}/limits', {
        params: { path: { id: params.seekerId } },
        body,
      }),
    );
    if (failed) return failed;
    const back = `/coordinator/earnings/${encodeURIComponent(params.seekerId)}`;
    setFlash(cookies, url, back, 'limits');
    redirect(303, back);
  },
};
