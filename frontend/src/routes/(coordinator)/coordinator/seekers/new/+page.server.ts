// A coordinator registers a seeker met in person (an e-mail address is optional) and prints their one-time
// sign-in code. The code is shown once, in the answer to the form, never in an address or a redirect.
import type { FormErrors } from '$lib/api/errors';
import { m } from '$lib/paraglide/messages';
import { isLocale } from '$lib/paraglide/runtime';
import { field, looksLikeEmail } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { qrSvg } from '$lib/server/qr';
import { apiFailure, invalid } from '$lib/server/results';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ request, locals, url }) => {
    requireUser(locals, url, ['coordinator', 'admin']);
    const data = await request.formData();
    const values = { name: field(data, 'name'), email: field(data, 'email'), locale: field(data, 'locale') };
    const errors: FormErrors = {};
    if (!values.name) errors.name = m.error_required();
    if (values.email && !looksLikeEmail(values.email)) errors.email = m.error_email();
    const locale = values.locale;
    if (!isLocale(locale)) errors.locale = m.error_required_choice();
    if (Object.keys(errors).length > 0 || !isLocale(locale)) return invalid({ values, errors });

    const result = await locals.api.POST('/api/coordinator/seekers', {
      body: { name: values.name, locale, ...(values.email ? { email: values.email } : {}) },
    });
    if (!result.response.ok || !result.data)
      return apiFailure(result, { values }, ['name', 'email', 'locale']);
    return { printed: { ...result.data, qrSvg: await qrSvg(result.data.signInUrl) } };
  },
};
