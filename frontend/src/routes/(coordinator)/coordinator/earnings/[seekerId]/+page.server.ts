import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { parseDay } from '$lib/dates';
import { setFlash, takeFlash } from '$lib/server/flash';
import { field } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { apiFailure, invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, parent, cookies }) => {
  await parent(); // the group's guard first
  const asked = url.searchParams.get('on') ?? '';
  const on = asked && parseDay(asked) === asked ? asked : undefined;
  const earnings = unwrap(
    await locals.api.GET('/api/coordinator/seekers/{id}/earnings', {
      params: { path: { id: params.seekerId }, query: on ? { on } : {} },
    }),
    url,
  );
  return { earnings, asked: !!on, done: takeFlash(cookies, url) };
};

export const actions: Actions = {
  /** Reverses one of the seeker's entries, with a reason. */
  correct: async ({ locals, url, params, request, cookies }) => {
    requireUser(locals, url, ['coordinator', 'admin']);
    const data = await request.formData();
    const entryId = field(data, 'entryId');
    const values = { entryId, reason: field(data, 'reason') };
    if (!values.reason) return invalid({ form: entryId, values, errors: { reason: m.error_required() } });
    const result = await locals.api.POST('/api/coordinator/seekers/{id}/earnings/{entryId}/correction', {
      params: { path: { id: params.seekerId, entryId } },
      body: { reason: values.reason },
    });
    if (!result.response.ok) return apiFailure(result, { form: entryId, values }, ['reason']);
    const here = `/coordinator/earnings/${encodeURIComponent(params.seekerId)}`;
    setFlash(cookies, url, here, 'corrected');
    redirect(303, here);
  },
};
