import { requireUser } from '$lib/server/guards';
import { unwrap } from '$lib/server/results';
import { sendMessage } from '$lib/server/thread';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, parent }) => {
  await parent(); // the group's guard first
  requireUser(locals, url, ['seeker']);
  const path = { gigId: params.id };
  const [gig, messages] = await Promise.all([
    locals.api.GET('/api/gigs/{gigId}', { params: { path } }),
    locals.api.GET('/api/gigs/{gigId}/messages', { params: { path } }),
  ]);
  return { gig: unwrap(gig, url), messages: unwrap(messages, url) };
};

export const actions: Actions = {
  send: async ({ locals, url, params, request }) => {
    requireUser(locals, url, ['seeker']);
    return sendMessage(request, url, (body) =>
      locals.api.POST('/api/gigs/{gigId}/messages', {
        params: { path: { gigId: params.id } },
        body: { body },
      }),
    );
  },
};
