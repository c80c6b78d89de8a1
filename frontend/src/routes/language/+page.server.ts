// The language switch: a plain form POST, so it works without JavaScript.
import { redirect } from '@sveltejs/kit';
import { safeRedirectPath } from '$lib/navigation';
import { isLocale } from '$lib/paraglide/runtime';
import { field } from '$lib/server/forms';
import { setLocaleCookie } from '$lib/server/locale-cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({
  redirectTo: safeRedirectPath(url.searchParams.get('redirectTo'), '/'),
});

export const actions: Actions = {
  default: async ({ request, locals, cookies, url }) => {
    const data = await request.formData();
    const locale = field(data, 'locale');
    const back = safeRedirectPath(field(data, 'redirectTo'), '/');
    if (isLocale(locale)) {
      setLocaleCookie(cookies, locale, url);
      if (locals.user && locals.user.locale !== locale) {
        // Mails follow the account's language; a failure here must not block the switch.
        try {
          const result = await locals.api.PATCH('/api/me', { body: { locale } });
          if (!result.response.ok) console.error('PATCH /api/me locale answered', result.response.status);
        } catch (error) {
          console.error('PATCH /api/me locale failed', error);
        }
      }
    }
    redirect(303, back);
  },
};
