import { redirect } from '@sveltejs/kit';
import { setFlash } from '$lib/server/flash';
import { requireUser } from '$lib/server/guards';
import { saveLimitsForm } from '$lib/server/limits-form';
import { unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent }) => {
  await parent(); // the group's guard first
  requireUser(locals, url, ['seeker']);
  const [rules, limits] = await Promise.all([
    locals.api.GET('/api/limit-rules'),
    locals.api.GET('/api/me/limits'),
  ]);
  return { rules: unwrap(rules, url), limits: unwrap(limits, url) };
};

export const actions: Actions = {
  default: async ({ locals, url, request, cookies }) => {
    requireUser(locals, url, ['seeker']);
    const failed = await saveLimitsForm(await request.formData(), (body) =>
      locals.api.PUT('/api/me/limits', { body }),
    );
    if (failed) return failed;
    setFlash(cookies, url, '/earnings', 'limits');
    redirect(303, '/earnings');
  },
};
