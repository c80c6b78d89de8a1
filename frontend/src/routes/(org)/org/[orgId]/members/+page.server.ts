// The organisation's members, for its owner: who they are, the invitations still open, inviting by e-mail and
// removing. Plain forms, so it works without JavaScript.
import { error, redirect } from '@sveltejs/kit';
import type { FormErrors } from '$lib/api/errors';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { field, looksLikeEmail } from '$lib/server/forms';
import { requireMember } from '$lib/server/guards';
import { apiFailure, invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f-]{36}$/i;

function requireOwner(locals: App.Locals, url: URL, orgId: string) {
  const membership = requireMember(locals, url, orgId);
  if (membership.role !== 'owner') error(403, { message: m.members_owner_only() });
  return membership;
}

export const load: PageServerLoad = async ({ locals, url, params, parent }) => {
  await parent(); // the group's guard first
  const membership = requireOwner(locals, url, params.orgId);
  const list = unwrap(
    await locals.api.GET('/api/organisations/{orgId}/members', { params: { path: { orgId: params.orgId } } }),
    url,
  );
  return {
    orgId: params.orgId,
    organisationName: membership.organisationName,
    me: locals.user?.id ?? '',
    members: list.members,
    invitations: list.invitations,
    invited: url.searchParams.get('invited') ?? '',
    removed: url.searchParams.get('removed') ?? '',
  };
};

export const actions: Actions = {
  invite: async ({ locals, url, params, request }) => {
    requireOwner(locals, url, params.orgId);
    const data = await request.formData();
    const values = { email: field(data, 'email') };
    const errors: FormErrors = {};
    if (!values.email) errors.email = m.error_required();
    else if (!looksLikeEmail(values.email)) errors.email = m.error_email();
    if (Object.keys(errors).length) return invalid({ form: 'invite', values, errors });
    const result = await locals.api.POST('/api/organisations/{orgId}/invitations', {
      params: { path: { orgId: params.orgId } },
      body: { email: values.email, locale: getLocale() },
    });
    if (!result.response.ok) return apiFailure(result, { form: 'invite', values }, ['email']);
    redirect(303, `${url.pathname}?invited=${encodeURIComponent(values.email)}`);
  },
  remove: async ({ locals, url, params, request }) => {
    requireOwner(locals, url, params.orgId);
    const data = await request.formData();
    const userId = field(data, 'userId');
    const name = field(data, 'name');
    if (!UUID.test(userId))
      return invalid({ form: 'remove', values: {}, errors: { _form: m.error_not_found() } });
    const result = await locals.api.DELETE('/api/organisations/{orgId}/members/{userId}', {
      params: { path: { orgId: params.orgId, userId } },
    });
    if (!result.response.ok) return apiFailure(result, { form: 'remove', values: { userId } }, []);
    // Removing oneself (another owner stays) leaves the page behind.
    if (userId === locals.user?.id) redirect(303, '/');
    redirect(303, `${url.pathname}?removed=${encodeURIComponent(name)}`);
  },
};
