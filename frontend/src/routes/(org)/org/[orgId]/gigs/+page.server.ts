import { unwrap } from '$lib/server/results';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, parent }) => {
  const { user } = await parent(); // the group's guard first
  // The API decides who may see an organisation's gigs (its members, coordinators, admins).
  const gigs = unwrap(
    await locals.api.GET('/api/organisations/{orgId}/gigs', { params: { path: { orgId: params.orgId } } }),
    url,
  );
  const membership = user?.memberships.find((item) => item.organisationId === params.orgId);
  const organisationName = membership?.organisationName ?? gigs[0]?.organisationName ?? null;
  // Only the organisation's own members post gigs (coordinators see the list).
  return { gigs, organisationName, orgId: params.orgId, isMember: !!membership };
};
