import { redirect } from '@sveltejs/kit';
import type { FailedJob } from '$lib/api/types';
import { setFlash, takeFlash } from '$lib/server/flash';
import { field } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { apiFailure, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent, cookies }) => {
  await parent(); // the group's guard: coordinators and admins
  const jobs = unwrap(await locals.api.GET('/api/coordinator/jobs/failed'), url) as FailedJob[];
  return { jobs, retried: takeFlash(cookies, url) === 'retried' };
};

export const actions: Actions = {
  retry: async ({ request, locals, url, cookies }) => {
    requireUser(locals, url, ['coordinator', 'admin']);
    const data = await request.formData();
    const queue = field(data, 'queue');
    const id = field(data, 'id');
    const result = await locals.api.POST('/api/coordinator/jobs/{queue}/{id}/retry', {
      params: { path: { queue, id } },
    });
    if (!result.response.ok) return apiFailure(result, { values: { queue, id } }, []);
    setFlash(cookies, url, '/coordinator/jobs', 'retried');
    redirect(303, '/coordinator/jobs');
  },
};
