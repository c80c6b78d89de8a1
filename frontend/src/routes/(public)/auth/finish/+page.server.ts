// The last step of signing up, in the session the mailed link opened: name, what the account is for, the
// organisation and an optional password. Chosen once; nothing of it was asked before the address was proved.
import { redirect } from '@sveltejs/kit';
import type { FormErrors } from '$lib/api/errors';
import { homePath } from '$lib/navigation';
import { m } from '$lib/paraglide/messages';
import { field, password } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { apiFailure, invalid } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['name', 'accountType', 'organisationName', 'organisationKind', 'password'] as const;
const ACCOUNT_TYPES = ['seeker', 'organisation'] as const;
const ORGANISATION_KINDS = ['association', 'household', 'company'] as const;

const isOneOf = <T extends string>(options: readonly T[], value: string): value is T =>
  (options as readonly string[]).includes(value);

function pendingUser(locals: App.Locals, url: URL) {
  const user = requireUser(locals, url);
  if (!user.pending) redirect(303, homePath(user));
  return user;
}

/** Someone who followed an owner's invitation has joined an organisation already: no new one is asked for. */
const joinedName = (user: App.Locals['user']) => user?.memberships[0]?.organisationName ?? null;

export const load: PageServerLoad = ({ locals, url }) => {
  const user = pendingUser(locals, url);
  return { joining: joinedName(user) };
};

export const actions: Actions = {
  default: async ({ request, locals, url }) => {
    const joining = joinedName(pendingUser(locals, url));
    const data = await request.formData();
    const values = {
      name: field(data, 'name'),
      accountType: joining ? 'organisation' : field(data, 'accountType'),
      organisationName: field(data, 'organisationName'),
      organisationKind: field(data, 'organisationKind'),
    };
    const newPassword = password(data, 'password');

    const errors: FormErrors = {};
    if (!values.name) errors.name = m.error_required();
    const accountType = values.accountType;
    if (!isOneOf(ACCOUNT_TYPES, accountType)) errors.accountType = m.error_required_choice();
    const organisationKind = values.organisationKind;
    if (accountType === 'organisation' && !joining) {
      if (!values.organisationName) errors.organisationName = m.error_required();
      if (!isOneOf(ORGANISATION_KINDS, organisationKind)) errors.organisationKind = m.error_required_choice();
    }
    if (newPassword && newPassword.length < 10) errors.password = m.error_password_too_short();
    else if (newPassword.length > 200) errors.password = m.error_too_long();
    if (Object.keys(errors).length > 0 || !isOneOf(ACCOUNT_TYPES, accountType)) {
      return invalid({ values, errors });
    }

    const organisation =
      accountType === 'organisation' && !joining && isOneOf(ORGANISATION_KINDS, organisationKind)
        ? { organisationName: values.organisationName, organisationKind }
        : {};
    const result = await locals.api.PUT('/api/me/account', {
      body: {
        name: values.name,
        accountType,
        ...organisation,
        ...(newPassword ? { password: newPassword } : {}),
      },
    });
    if (!result.response.ok || !result.data) return apiFailure(result, { values }, FIELDS);
    redirect(303, homePath(result.data));
  },
};
