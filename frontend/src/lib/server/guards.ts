// Who may see a page: used by each route group's +layout.server.ts and again by actions,
// because SvelteKit runs an action before (and without) the layout's load.
import { error, redirect } from '@sveltejs/kit';
import type { Me, Role } from '$lib/api/types';
import { m } from '$lib/paraglide/messages';

export function signInPath(url: URL): string {
  return `/sign-in?redirectTo=${encodeURIComponent(url.pathname)}`;
}

/** The signed-in user; signed-out people go to the sign-in page, other roles get a 403 page. */
export function requireUser(locals: App.Locals, url: URL, roles?: readonly Role[]): Me {
  const user = locals.user;
  if (!user) redirect(303, signInPath(url));
  if (roles && user.pending) redirect(303, '/auth/finish');
  if (roles && !roles.includes(user.role)) error(403, { message: m.error_forbidden() });
  return user;
}

/** A member of the organisation in the address: only its own members change its gigs. */
export function requireMember(locals: App.Locals, url: URL, orgId: string) {
  const user = requireUser(locals, url, ['organisation']);
  const membership = user.memberships.find((item) => item.organisationId === orgId);
  if (!membership) error(403, { message: m.error_forbidden() });
  return membership;
}
