// Signing in with the one-time code a coordinator printed: typed in, or opened from the paper's QR code
// (the code then comes in the address, and the person only presses the button: opening uses up nothing).
import { redirect } from '@sveltejs/kit';
import { homePath } from '$lib/navigation';
import { m } from '$lib/paraglide/messages';
import { field } from '$lib/server/forms';
import { adoptAccountLocale } from '$lib/server/locale-cookie';
import { apiFailure, invalid } from '$lib/server/results';
import { forwardSessionCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ code: url.searchParams.get('code') ?? '' });

export const actions: Actions = {
  default: async ({ request, locals, cookies, url }) => {
    const values = { code: field(await request.formData(), 'code') };
    if (!values.code) return invalid({ form: 'code', values, errors: { code: m.error_required() } });
    const result = await locals.api.POST('/api/auth/code', { body: { code: values.code } });
    if (!result.response.ok || !result.data) return apiFailure(result, { form: 'code', values }, ['code']);
    forwardSessionCookie(result.response, cookies, url);
    adoptAccountLocale(cookies, result.data.locale, url);
    redirect(303, homePath(result.data));
  },
};
