import { redirect } from '@sveltejs/kit';
import { clearSessionCookie, forwardSessionCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

// Opening /sign-out shows a button; signing out itself is a POST (a link could be triggered by anyone).
export const load: PageServerLoad = ({ locals }) => {
  if (!locals.user) redirect(303, '/');
};

export const actions: Actions = {
  default: async ({ locals, cookies, url }) => {
    if (locals.user) {
      const result = await locals.api.POST('/api/auth/sign-out');
      if (!result.response.ok && result.response.status !== 401) {
        console.error('POST /api/auth/sign-out answered', result.response.status);
      }
      forwardSessionCookie(result.response, cookies, url);
    }
    // Signed out on this device whatever the API said.
    clearSessionCookie(cookies, url);
    redirect(303, '/');
  },
};
