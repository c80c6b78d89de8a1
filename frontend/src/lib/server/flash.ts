// A one-time message for the page an action redirects to ("The gig is published."), kept in a short-lived
// cookie so the address stays the page's own (/org/…/gigs/<id>, not …?done=published) and a reload does
// not say it again.
import type { Cookies } from '@sveltejs/kit';

const FLASH_COOKIE = 'hh_flash';
const options = (url: URL) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: url.protocol === 'https:',
});

/** Leaves `code` for the next page load of `path`. */
export function setFlash(cookies: Cookies, url: URL, path: string, code: string): void {
  cookies.set(FLASH_COOKIE, `${path}|${code}`, { ...options(url), maxAge: 60 });
}

/** The code left for this page, once; a message meant for another page stays for that page. */
export function takeFlash(cookies: Cookies, url: URL): string | null {
  const value = cookies.get(FLASH_COOKIE);
  if (!value) return null;
  const bar = value.lastIndexOf('|');
  if (value.slice(0, bar) !== url.pathname) return null;
  cookies.delete(FLASH_COOKIE, options(url));
  return value.slice(bar + 1);
}
