import { redirect, type Cookies } from '@sveltejs/kit';
import { problemMessage, toProblem } from '$lib/api/errors';
import { m } from '$lib/paraglide/messages';
import { setFlash, takeFlash } from '$lib/server/flash';
import { requireUser } from '$lib/server/guards';
import { invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, parent, cookies }) => {
  const { user } = await parent(); // the group's guard first
  const path = { orgId: params.orgId, gigId: params.gigId };
  const [gig, people, history] = await Promise.all([
    locals.api.GET('/api/organisations/{orgId}/gigs/{gigId}', { params: { path } }),
    locals.api.GET('/api/organisations/{orgId}/gigs/{gigId}/people', { params: { path } }),
    locals.api.GET('/api/organisations/{orgId}/gigs/{gigId}/history', { params: { path } }),
  ]);
  return {
    gig: unwrap(gig, url),
    people: unwrap(people, url),
    history: unwrap(history, url),
    // Coordinators may look; only the organisation's members publish and cancel.
    isMember: !!user?.memberships.some((item) => item.organisationId === params.orgId),
    done: takeFlash(cookies, url),
  };
};

type Change = 'publish' | 'cancel';

async function change(
  kind: Change,
  {
    locals,
    url,
    params,
    cookies,
  }: { locals: App.Locals; url: URL; params: { orgId: string; gigId: string }; cookies: Cookies },
) {
  requireUser(locals, url, ['organisation']);
  const path = { orgId: params.orgId, gigId: params.gigId };
  const result =
    kind === 'publish'
      ? await locals.api.POST('/api/organisations/{orgId}/gigs/{gigId}/publish', { params: { path } })
      : await locals.api.POST('/api/organisations/{orgId}/gigs/{gigId}/cancel', { params: { path } });
  if (!result.response.ok) {
    const problem = toProblem(result.response.status, result.error);
    // "conflict" here means the gig moved on (already published, cancelled or started), not an e-mail taken.
    const message = problem.code === 'conflict' ? m.error_gig_conflict() : problemMessage(problem);
    return invalid({ form: kind, values: {}, errors: { _form: message } }, problem.status);
  }
  const gigPath = `/org/${encodeURIComponent(params.orgId)}/gigs/${encodeURIComponent(params.gigId)}`;
  setFlash(cookies, url, gigPath, kind === 'publish' ? 'published' : 'cancelled');
  redirect(303, gigPath);
}

export const actions: Actions = {
  publish: (event) => change('publish', event),
  cancel: (event) => change('cancel', event),
};
