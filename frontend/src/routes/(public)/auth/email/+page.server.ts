// The link that confirms an address a person added lands here. Opening the page does nothing (mail scanners
// open links too); only the button's POST uses up the token.
import { problemMessage, toProblem } from '$lib/api/errors';
import { field } from '$lib/server/forms';
import { invalid } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => ({
  token: url.searchParams.get('token') ?? '',
  signedIn: !!locals.user,
});

export const actions: Actions = {
  default: async ({ request, locals, url }) => {
    const token = field(await request.formData(), 'token') || (url.searchParams.get('token') ?? '');
    if (!token) return invalid({ form: 'email', values: {}, errors: {}, linkInvalid: true });
    const result = await locals.api.POST('/api/me/email/confirm', { body: { token } });
    if (result.response.ok) return { confirmed: true };
    const problem = toProblem(result.response.status, result.error);
    if (problem.status === 400) return invalid({ form: 'email', values: {}, errors: {}, linkInvalid: true });
    return invalid({ form: 'email', values: {}, errors: { _form: problemMessage(problem) } }, problem.status);
  },
};
