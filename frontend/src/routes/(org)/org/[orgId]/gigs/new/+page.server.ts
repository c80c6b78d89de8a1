import { error, redirect } from '@sveltejs/kit';
import { helsinkiToday } from '$lib/dates';
import { m } from '$lib/paraglide/messages';
import { setFlash } from '$lib/server/flash';
import { GIG_FORM_FIELDS, GIG_FORM_RENAME, readGigForm } from '$lib/server/gig-form';
import { requireUser } from '$lib/server/guards';
import { apiFailure, invalid } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

/** Only the organisation's own members post its gigs. */
function requireMember(locals: App.Locals, url: URL, orgId: string) {
  const user = requireUser(locals, url, ['organisation']);
  const membership = user.memberships.find((item) => item.organisationId === orgId);
  if (!membership) error(403, { message: m.error_forbidden() });
  return membership;
}

export const load: PageServerLoad = async ({ locals, url, params, parent }) => {
  await parent(); // the group's guard first
  const membership = requireMember(locals, url, params.orgId);
  const terms = await locals.api.GET('/api/gig-terms');
  return {
    orgId: params.orgId,
    organisationName: membership.organisationName,
    today: helsinkiToday(),
    minHourlyPayCents: terms.data?.minHourlyPayCents ?? null,
  };
};

export const actions: Actions = {
  default: async ({ request, locals, url, params, cookies }) => {
    requireMember(locals, url, params.orgId);
    const { values, errors, body } = readGigForm(await request.formData());
    if (!body) return invalid({ values, errors });

    const result = await locals.api.POST('/api/organisations/{orgId}/gigs', {
      params: { path: { orgId: params.orgId } },
      body,
    });
    if (!result.data) return apiFailure(result, { values }, GIG_FORM_FIELDS, GIG_FORM_RENAME);

    const gigPath = `/org/${encodeURIComponent(params.orgId)}/gigs/${encodeURIComponent(result.data.id)}`;
    setFlash(cookies, url, gigPath, body.publish ? 'published' : 'draft');
    redirect(303, gigPath);
  },
};
