import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { setFlash } from '$lib/server/flash';
import { field } from '$lib/server/forms';
import { requireMember } from '$lib/server/guards';
import { apiFailure, invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, parent }) => {
  await parent(); // the group's guard first
  requireMember(locals, url, params.orgId);
  const path = { orgId: params.orgId, gigId: params.gigId };
  const [gig, people] = await Promise.all([
    locals.api.GET('/api/organisations/{orgId}/gigs/{gigId}', { params: { path } }),
    locals.api.GET('/api/organisations/{orgId}/gigs/{gigId}/people', { params: { path } }),
  ]);
  const person = unwrap(people, url).find((p) => p.bookingId === params.bookingId);
  if (!person) error(404, { message: m.error_not_found() });
  return { gig: unwrap(gig, url), person };
};

const FIELDS = ['punctuality', 'quality', 'skillsShown', 'wentWell', 'practiseNext'] as const;

export const actions: Actions = {
  default: async ({ locals, url, params, cookies, request }) => {
    requireMember(locals, url, params.orgId);
    const data = await request.formData();
    const values = Object.fromEntries(FIELDS.map((name) => [name, field(data, name)]));
    const errors: Record<string, string> = {};
    for (const name of ['punctuality', 'quality'] as const)
      if (!/^[1-5]$/.test(values[name])) errors[name] = m.error_required();
    if (Object.keys(errors).length) return invalid({ values, errors });
    const result = await locals.api.POST(
      '/api/organisations/{orgId}/gigs/{gigId}/people/{bookingId}/feedback',
      {
        params: { path: { orgId: params.orgId, gigId: params.gigId, bookingId: params.bookingId } },
        body: {
          punctuality: Number(values.punctuality),
          quality: Number(values.quality),
          skillsShown: values.skillsShown,
          wentWell: values.wentWell,
          practiseNext: values.practiseNext,
        },
      },
    );
    if (!result.response.ok) return apiFailure(result, { values }, FIELDS);
    const people = `/org/${encodeURIComponent(params.orgId)}/gigs/${encodeURIComponent(params.gigId)}/people`;
    setFlash(cookies, url, people, 'feedback');
    redirect(303, people);
  },
};
