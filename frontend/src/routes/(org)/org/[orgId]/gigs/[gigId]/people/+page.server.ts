import { redirect } from '@sveltejs/kit';
import { problemMessage, toProblem } from '$lib/api/errors';
import { setFlash, takeFlash } from '$lib/server/flash';
import { field } from '$lib/server/forms';
import { requireMember } from '$lib/server/guards';
import { invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, parent, cookies }) => {
  const { user } = await parent(); // the group's guard first
  const path = { orgId: params.orgId, gigId: params.gigId };
  const [gig, people] = await Promise.all([
    locals.api.GET('/api/organisations/{orgId}/gigs/{gigId}', { params: { path } }),
    locals.api.GET('/api/organisations/{orgId}/gigs/{gigId}/people', { params: { path } }),
  ]);
  return {
    gig: unwrap(gig, url),
    people: unwrap(people, url),
    isMember: !!user?.memberships.some((item) => item.organisationId === params.orgId),
    done: takeFlash(cookies, url),
  };
};

async function decide(kind: 'choose' | 'decline', { locals, url, params, cookies, request }: RequestEvent) {
  requireMember(locals, url, params.orgId);
  const bookingId = field(await request.formData(), 'bookingId');
  const path = { orgId: params.orgId, gigId: params.gigId, bookingId };
  const result =
    kind === 'choose'
      ? await locals.api.POST('/api/organisations/{orgId}/gigs/{gigId}/people/{bookingId}/choose', {
          params: { path },
        })
      : await locals.api.POST('/api/organisations/{orgId}/gigs/{gigId}/people/{bookingId}/decline', {
          params: { path },
        });
  if (!result.response.ok) {
    const problem = toProblem(result.response.status, result.error);
    return invalid({ form: kind, values: {}, errors: { _form: problemMessage(problem) } }, problem.status);
  }
  setFlash(cookies, url, url.pathname, kind === 'choose' ? 'chosen' : 'declined');
  redirect(303, url.pathname);
}

export const actions: Actions = {
  choose: (event) => decide('choose', event),
  decline: (event) => decide('decline', event),
};
