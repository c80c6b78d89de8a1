import { redirect } from '@sveltejs/kit';
import { helsinkiToday } from '$lib/dates';
import { setFlash } from '$lib/server/flash';
import { GIG_FORM_FIELDS, GIG_FORM_RENAME, gigFormValues, readGigForm } from '$lib/server/gig-form';
import { requireMember } from '$lib/server/guards';
import { apiFailure, invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, parent }) => {
  await parent();
  const membership = requireMember(locals, url, params.orgId);
  const path = { orgId: params.orgId, gigId: params.gigId };
  const [gig, categories, terms] = await Promise.all([
    locals.api.GET('/api/organisations/{orgId}/gigs/{gigId}', { params: { path } }),
    locals.api.GET('/api/gig-categories'),
    locals.api.GET('/api/gig-terms'),
  ]);
  const current = unwrap(gig, url);
  return {
    orgId: params.orgId,
    organisationName: membership.organisationName,
    gig: current,
    start: gigFormValues(current),
    today: helsinkiToday(),
    categories: categories.data ?? [],
    minHourlyPayCents: terms.data?.minHourlyPayCents ?? null,
  };
};

export const actions: Actions = {
  default: async ({ request, locals, url, params, cookies }) => {
    requireMember(locals, url, params.orgId);
    const { values, checked, errors, body } = readGigForm(await request.formData());
    if (!body) return invalid({ values, checked, errors });
    const { publish: _publish, repeatWeeks: _repeat, copiedFromId: _from, ...fields } = body;
    const result = await locals.api.PUT('/api/organisations/{orgId}/gigs/{gigId}', {
      params: { path: { orgId: params.orgId, gigId: params.gigId } },
      body: fields,
    });
    if (!result.data) return apiFailure(result, { values, checked }, GIG_FORM_FIELDS, GIG_FORM_RENAME);
    const gigPath = `/org/${encodeURIComponent(params.orgId)}/gigs/${encodeURIComponent(params.gigId)}`;
    setFlash(cookies, url, gigPath, 'updated');
    redirect(303, gigPath);
  },
};
