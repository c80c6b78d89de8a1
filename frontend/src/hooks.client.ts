// In the browser, the language is the one the server rendered the page in (<html lang>, from the cookie or
// Finnish). Paraglide's own getLocale would resolve it once and write it into the language cookie as if the
// person had chosen it, so signing in on that device would never adopt the account's language
// ($lib/server/locale-cookie.ts), while the same sign-in without JavaScript would.
import type { ClientInit } from '@sveltejs/kit';
import { baseLocale, isLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

export const init: ClientInit = () => {
  overwriteGetLocale(() => {
    const lang = document.documentElement.lang;
    return isLocale(lang) ? lang : baseLocale;
  });
};
