import { redirect } from '@sveltejs/kit';
import { setFlash, takeFlash } from '$lib/server/flash';
import { requireUser } from '$lib/server/guards';
import { apiFailure, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent, cookies }) => {
  await parent(); // the group's guard first
  requireUser(locals, url, ['seeker']);
  return {
    history: unwrap(await locals.api.GET('/api/me/work-history'), url),
    done: takeFlash(cookies, url),
  };
};

export const actions: Actions = {
  // The secret link is shown once, on the page the action answers with; only its hash is kept.
  share: async ({ locals, url }) => {
    requireUser(locals, url, ['seeker']);
    const result = await locals.api.POST('/api/me/work-history/link');
    if (!result.response.ok || !result.data) return apiFailure(result, { values: {} }, []);
    return { link: new URL(result.data.path, url.origin).toString() };
  },
  stop: async ({ locals, url, cookies }) => {
    requireUser(locals, url, ['seeker']);
    const result = await locals.api.DELETE('/api/me/work-history/link');
    if (!result.response.ok) return apiFailure(result, { values: {} }, []);
    setFlash(cookies, url, '/work-history', 'stopped');
    redirect(303, '/work-history');
  },
};
