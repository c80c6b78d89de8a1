import { redirect } from '@sveltejs/kit';
import type { FormErrors } from '$lib/api/errors';
import { homePath, safeRedirectPath } from '$lib/navigation';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { field, looksLikeEmail, password } from '$lib/server/forms';
import { adoptAccountLocale } from '$lib/server/locale-cookie';
import { apiFailure, invalid } from '$lib/server/results';
import { forwardSessionCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

function emailError(email: string): string | undefined {
  if (!email) return m.error_required();
  if (!looksLikeEmail(email)) return m.error_email();
  return undefined;
}

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.user) redirect(303, homePath(locals.user));
  return { redirectTo: safeRedirectPath(url.searchParams.get('redirectTo'), '') };
};

export const actions: Actions = {
  magicLink: async ({ request, locals }) => {
    const data = await request.formData();
    const values = { email: field(data, 'email') };
    const error = emailError(values.email);
    if (error) return invalid({ form: 'magicLink', values, errors: { email: error } });

    const result = await locals.api.POST('/api/auth/magic-link', {
      body: { email: values.email, locale: getLocale() },
    });
    if (!result.response.ok) return apiFailure(result, { form: 'magicLink', values }, ['email']);

    redirect(303, `/auth/check-mail?email=${encodeURIComponent(values.email)}`);
  },

  password: async ({ request, locals, cookies, url }) => {
    const data = await request.formData();
    const values = { email: field(data, 'email'), redirectTo: field(data, 'redirectTo') };
    const secret = password(data, 'password');
    const errors: FormErrors = {};
    const error = emailError(values.email);
    if (error) errors.email = error;
    if (!secret) errors.password = m.error_required();
    if (Object.keys(errors).length > 0) return invalid({ form: 'password', values, errors });

    const result = await locals.api.POST('/api/auth/password', {
      body: { email: values.email, password: secret },
    });
    if (!result.response.ok || !result.data) {
      return apiFailure(result, { form: 'password', values }, ['email', 'password']);
    }

    forwardSessionCookie(result.response, cookies, url);
    adoptAccountLocale(cookies, result.data.locale, url);
    redirect(303, safeRedirectPath(values.redirectTo, homePath(result.data)));
  },
};
