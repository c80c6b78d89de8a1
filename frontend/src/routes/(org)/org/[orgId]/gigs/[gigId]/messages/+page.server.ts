import { requireMember } from '$lib/server/guards';
import { unwrap } from '$lib/server/results';
import { sendMessage } from '$lib/server/thread';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, parent }) => {
  const { user } = await parent(); // the group's guard first
  const path = { orgId: params.orgId, gigId: params.gigId };
  const [gig, messages] = await Promise.all([
    locals.api.GET('/api/organisations/{orgId}/gigs/{gigId}', { params: { path } }),
    locals.api.GET('/api/organisations/{orgId}/gigs/{gigId}/messages', { params: { path } }),
  ]);
  return {
    gig: unwrap(gig, url),
    messages: unwrap(messages, url),
    // Coordinators may read the conversation; the organisation's members write in it.
    isMember: !!user?.memberships.some((item) => item.organisationId === params.orgId),
  };
};

export const actions: Actions = {
  send: async ({ locals, url, params, request }) => {
    requireMember(locals, url, params.orgId);
    return sendMessage(request, url, (body) =>
      locals.api.POST('/api/organisations/{orgId}/gigs/{gigId}/messages', {
        params: { path: { orgId: params.orgId, gigId: params.gigId } },
        body: { body },
      }),
    );
  },
};
