// The mailed sign-in link lands here. Opening the page does nothing (mail scanners open links too);
// only the button's POST uses up the token.
import { redirect } from '@sveltejs/kit';
import { problemMessage, toProblem } from '$lib/api/errors';
import { homePath } from '$lib/navigation';
import { field } from '$lib/server/forms';
import { adoptAccountLocale } from '$lib/server/locale-cookie';
import { invalid } from '$lib/server/results';
import { forwardSessionCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({
  token: url.searchParams.get('token') ?? '',
});

export const actions: Actions = {
  default: async ({ request, locals, cookies, url }) => {
    const data = await request.formData();
    const token = field(data, 'token') || (url.searchParams.get('token') ?? '');
    if (!token) return invalid({ form: 'verify', values: {}, errors: {}, linkInvalid: true });

    const result = await locals.api.POST('/api/auth/magic-link/verify', { body: { token } });
    if (!result.response.ok || !result.data) {
      const problem = toProblem(result.response.status, result.error);
      if (problem.code === 'link_invalid' || problem.status === 400 || problem.status === 404) {
        return invalid({ form: 'verify', values: {}, errors: {}, linkInvalid: true });
      }
      const status = problem.status >= 400 ? problem.status : 500;
      return invalid({ form: 'verify', values: {}, errors: { _form: problemMessage(problem) } }, status);
    }

    forwardSessionCookie(result.response, cookies, url);
    adoptAccountLocale(cookies, result.data.locale, url);
    redirect(303, homePath(result.data));
  },
};
