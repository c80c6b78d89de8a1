// Where people land, and which return addresses are safe to follow.
import type { Me } from '$lib/api/types';

/** The first page of each role after signing in. */
export function homePath(user: Pick<Me, 'role' | 'memberships'> & { pending?: boolean }): string {
  // Signed up by link but not yet chosen a name and role: that comes first.
  if (user.pending) return '/auth/finish';
  switch (user.role) {
    case 'seeker':
      return '/gigs';
    case 'organisation': {
      const first = user.memberships[0];
      return first ? `/org/${encodeURIComponent(first.organisationId)}/gigs` : '/profile';
    }
    case 'coordinator':
      return '/coordinator';
    case 'admin':
      return '/admin/coordinators';
    default:
      return '/';
  }
}

/**
 * A return address from a form or query string, accepted only when it is a path on this site
 * (so a crafted link cannot send someone to another site after signing in).
 */
export function safeRedirectPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value === '') return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  // Control characters and backslashes could be read as another host by some browsers.
  if ([...value].some((char) => char.charCodeAt(0) < 0x20 || char === '\\')) return fallback;
  try {
    const base = 'http://same.invalid';
    const parsed = new URL(value, base);
    if (parsed.origin !== base) return fallback;
    return parsed.pathname + parsed.search + parsed.hash;
  } catch {
    return fallback;
  }
}
