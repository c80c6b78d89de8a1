// The API sets the session cookie on its own responses; when the SvelteKit server calls the API on the
// browser's behalf, this copies that cookie (or its removal) into the page's response.
import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'hh_session';

interface ParsedSetCookie {
  name: string;
  value: string;
  maxAge: number | undefined;
  expires: Date | undefined;
}

function parseSetCookie(header: string): ParsedSetCookie | undefined {
  const [pair, ...attributes] = header.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return undefined;
  const parsed: ParsedSetCookie = {
    name: pair.slice(0, eq).trim(),
    value: pair.slice(eq + 1).trim(),
    maxAge: undefined,
    expires: undefined,
  };
  for (const attribute of attributes) {
    const [key, ...rest] = attribute.split('=');
    const value = rest.join('=').trim();
    switch (key.trim().toLowerCase()) {
      case 'max-age': {
        const seconds = Number.parseInt(value, 10);
        if (!Number.isNaN(seconds)) parsed.maxAge = seconds;
        break;
      }
      case 'expires': {
        const date = new Date(value);
        if (!Number.isNaN(date.getTime())) parsed.expires = date;
        break;
      }
    }
  }
  return parsed;
}

/**
 * Removes the session cookie. `secure` follows the page's scheme: SvelteKit would mark the removal
 * Secure by default, and a browser ignores a Secure Set-Cookie over plain http (e.g. http://127.0.0.1).
 */
export function clearSessionCookie(cookies: Cookies, url: URL): void {
  cookies.delete(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
  });
}

/** Copies the API's `hh_session` Set-Cookie headers to the SvelteKit response cookies. */
export function forwardSessionCookie(
  response: Response,
  cookies: Cookies,
  url: URL,
  now: Date = new Date(),
): void {
  for (const header of response.headers.getSetCookie()) {
    const cookie = parseSetCookie(header);
    if (!cookie || cookie.name !== SESSION_COOKIE) continue;
    const expired =
      cookie.value === '' ||
      (cookie.maxAge !== undefined && cookie.maxAge <= 0) ||
      (cookie.maxAge === undefined && cookie.expires !== undefined && cookie.expires <= now);
    if (expired) {
      clearSessionCookie(cookies, url);
      continue;
    }
    let maxAge = cookie.maxAge;
    if (maxAge === undefined && cookie.expires) {
      maxAge = Math.floor((cookie.expires.getTime() - now.getTime()) / 1000);
    }
    cookies.set(SESSION_COOKIE, cookie.value, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: url.protocol === 'https:',
      ...(maxAge !== undefined ? { maxAge } : {}),
      // The value is passed on exactly as the API wrote it (already encoded for a cookie).
      encode: (value) => value,
    });
  }
}
