import { redirect } from '@sveltejs/kit';
import type { FormErrors } from '$lib/api/errors';
import { homePath } from '$lib/navigation';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { field, looksLikeEmail } from '$lib/server/forms';
import { apiFailure, invalid } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['email'] as const;

export const load: PageServerLoad = ({ locals }) => {
  if (locals.user) redirect(303, homePath(locals.user));
};

// Only the address: the name, the role and a password are chosen after the mailed link proves it is yours.
export const actions: Actions = {
  default: async ({ request, locals }) => {
    const data = await request.formData();
    const values = { email: field(data, 'email') };
    const errors: FormErrors = {};
    if (!values.email) errors.email = m.error_required();
    else if (!looksLikeEmail(values.email)) errors.email = m.error_email();
    if (Object.keys(errors).length > 0) return invalid({ values, errors });

    const result = await locals.api.POST('/api/auth/sign-up', {
      body: { email: values.email, locale: getLocale() },
    });
    if (!result.response.ok) return apiFailure(result, { values }, FIELDS);

    redirect(303, `/auth/check-mail?email=${encodeURIComponent(values.email)}`);
  },
};
