import { redirect } from '@sveltejs/kit';
import type { FormErrors } from '$lib/api/errors';
import { m } from '$lib/paraglide/messages';
import { getLocale, isLocale } from '$lib/paraglide/runtime';
import { field, looksLikeEmail } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { apiFailure, invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent }) => {
  await parent(); // the group's guard first
  const coordinators = unwrap(await locals.api.GET('/api/admin/coordinators'), url);
  return { coordinators, invited: url.searchParams.has('invited'), defaultLocale: getLocale() };
};

export const actions: Actions = {
  invite: async ({ request, locals, url }) => {
    requireUser(locals, url, ['admin']);
    const data = await request.formData();
    const values = { email: field(data, 'email'), name: field(data, 'name'), locale: field(data, 'locale') };
    const errors: FormErrors = {};
    if (!values.email) errors.email = m.error_required();
    else if (!looksLikeEmail(values.email)) errors.email = m.error_email();
    if (!values.name) errors.name = m.error_required();
    const locale = values.locale;
    if (!isLocale(locale)) errors.locale = m.error_required_choice();
    if (Object.keys(errors).length > 0 || !isLocale(locale)) return invalid({ values, errors });

    const result = await locals.api.POST('/api/admin/coordinators/invitations', {
      body: { email: values.email, name: values.name, locale },
    });
    if (!result.response.ok) return apiFailure(result, { values }, ['email', 'name', 'locale']);

    redirect(303, '/admin/coordinators?invited=1');
  },
};
