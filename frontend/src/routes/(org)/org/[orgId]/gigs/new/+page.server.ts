import { redirect } from '@sveltejs/kit';
import { helsinkiToday } from '$lib/dates';
import { setFlash } from '$lib/server/flash';
import {
  GIG_FORM_FIELDS,
  GIG_FORM_RENAME,
  gigFormValues,
  NEW_GIG_VALUES,
  readGigForm,
} from '$lib/server/gig-form';
import { requireMember } from '$lib/server/guards';
import { apiFailure, invalid } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, parent }) => {
  await parent(); // the group's guard first
  const membership = requireMember(locals, url, params.orgId);
  const [categories, terms] = await Promise.all([
    locals.api.GET('/api/gig-categories'),
    locals.api.GET('/api/gig-terms'),
  ]);
  // "Copy": a past gig of this organisation fills the form, the dates left to choose.
  const from = url.searchParams.get('from');
  let start: { values: Record<string, string>; checked: string[] } = { values: NEW_GIG_VALUES, checked: [] };
  let copiedFromId: string | null = null;
  if (from && /^[0-9a-f-]{36}$/i.test(from)) {
    const source = await locals.api.GET('/api/organisations/{orgId}/gigs/{gigId}', {
      params: { path: { orgId: params.orgId, gigId: from } },
    });
    if (source.data) {
      start = gigFormValues(source.data, true);
      copiedFromId = source.data.id;
    }
  }
  return {
    orgId: params.orgId,
    organisationName: membership.organisationName,
    today: helsinkiToday(),
    categories: categories.data ?? [],
    minHourlyPayCents: terms.data?.minHourlyPayCents ?? null,
    start,
    copiedFromId,
  };
};

export const actions: Actions = {
  default: async ({ request, locals, url, params, cookies }) => {
    requireMember(locals, url, params.orgId);
    const { values, checked, errors, body } = readGigForm(await request.formData());
    if (!body) return invalid({ values, checked, errors });

    const result = await locals.api.POST('/api/organisations/{orgId}/gigs', {
      params: { path: { orgId: params.orgId } },
      body,
    });
    if (!result.data) return apiFailure(result, { values, checked }, GIG_FORM_FIELDS, GIG_FORM_RENAME);

    const gigPath = `/org/${encodeURIComponent(params.orgId)}/gigs/${encodeURIComponent(result.data.id)}`;
    setFlash(cookies, url, gigPath, body.publish ? 'published' : 'draft');
    redirect(303, gigPath);
  },
};
