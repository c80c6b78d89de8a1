// The language cookie that Paraglide reads (on the server per request, and in the browser).
import type { Cookies } from '@sveltejs/kit';
import { cookieMaxAge, cookieName, type Locale } from '$lib/paraglide/runtime';

export function setLocaleCookie(cookies: Cookies, locale: Locale, url: URL): void {
  cookies.set(cookieName, locale, {
    path: '/',
    maxAge: cookieMaxAge,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    // As Paraglide expects; its browser runtime takes the page's <html lang> instead (hooks.client.ts).
    httpOnly: false,
  });
}

/**
 * After signing in, use the account's language on a device that has no choice of its own yet;
 * a language picked on this device stays.
 */
export function adoptAccountLocale(cookies: Cookies, locale: Locale, url: URL): void {
  if (!cookies.get(cookieName)) setLocaleCookie(cookies, locale, url);
}
