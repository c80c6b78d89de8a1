import { redirect } from '@sveltejs/kit';
import type { FormErrors } from '$lib/api/errors';
import { homePath } from '$lib/navigation';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { field, looksLikeEmail, password } from '$lib/server/forms';
import { apiFailure, invalid } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['email', 'name', 'accountType', 'organisationName', 'organisationKind', 'password'] as const;
const ACCOUNT_TYPES = ['seeker', 'organisation'] as const;
const ORGANISATION_KINDS = ['association', 'household', 'company'] as const;

const isOneOf = <T extends string>(options: readonly T[], value: string): value is T =>
  (options as readonly string[]).includes(value);

export const load: PageServerLoad = ({ locals }) => {
  if (locals.user) redirect(303, homePath(locals.user));
};

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const data = await request.formData();
    const values = {
      email: field(data, 'email'),
      name: field(data, 'name'),
      accountType: field(data, 'accountType'),
      organisationName: field(data, 'organisationName'),
      organisationKind: field(data, 'organisationKind'),
    };
    const newPassword = password(data, 'password');

    const errors: FormErrors = {};
    if (!values.email) errors.email = m.error_required();
    else if (!looksLikeEmail(values.email)) errors.email = m.error_email();
    if (!values.name) errors.name = m.error_required();
    const accountType = values.accountType;
    if (!isOneOf(ACCOUNT_TYPES, accountType)) errors.accountType = m.error_required_choice();
    const organisationKind = values.organisationKind;
    if (accountType === 'organisation') {
      if (!values.organisationName) errors.organisationName = m.error_required();
      if (!isOneOf(ORGANISATION_KINDS, organisationKind)) errors.organisationKind = m.error_required_choice();
    }
    if (newPassword && newPassword.length < 10) errors.password = m.error_password_too_short();
    else if (newPassword.length > 200) errors.password = m.error_too_long();
    if (Object.keys(errors).length > 0 || !isOneOf(ACCOUNT_TYPES, accountType)) {
      return invalid({ values, errors });
    }

    const organisation =
      accountType === 'organisation' && isOneOf(ORGANISATION_KINDS, organisationKind)
        ? { organisationName: values.organisationName, organisationKind }
        : {};
    const result = await locals.api.POST('/api/auth/sign-up', {
      body: {
        email: values.email,
        name: values.name,
        accountType,
        locale: getLocale(),
        ...organisation,
        ...(newPassword ? { password: newPassword } : {}),
      },
    });
    if (!result.response.ok) return apiFailure(result, { values }, FIELDS);

    redirect(303, `/auth/check-mail?email=${encodeURIComponent(values.email)}`);
  },
};
