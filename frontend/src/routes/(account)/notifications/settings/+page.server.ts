import { redirect } from '@sveltejs/kit';
import type { FormErrors } from '$lib/api/errors';
import type { MailMode, NotificationPreference } from '$lib/api/types';
import { MAIL_MODES } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { setFlash, takeFlash } from '$lib/server/flash';
import { field } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { apiFailure, invalid, unwrap, type FormValues } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent, cookies }) => {
  await parent(); // the group's guard first
  const preferences = unwrap(await locals.api.GET('/api/notifications/preferences'), url);
  return { preferences, saved: takeFlash(cookies, url) === 'saved' };
};

const isMailMode = (value: string): value is MailMode => (MAIL_MODES as string[]).includes(value);

export const actions: Actions = {
  save: async ({ request, locals, url, cookies }) => {
    requireUser(locals, url);
    const data = await request.formData();
    // The kinds (and whether a digest is possible) come from the API: the form only says the choices.
    const current = await locals.api.GET('/api/notifications/preferences');
    if (!current.data) return apiFailure(current, { values: {} }, []);

    const values: FormValues = {};
    const errors: FormErrors = {};
    const preferences: Omit<NotificationPreference, 'digestAvailable'>[] = [];
    for (const { kind, digestAvailable } of current.data) {
      const inApp = data.get(`inApp-${kind}`) === 'on';
      const mail = field(data, `mail-${kind}`);
      values[`inApp-${kind}`] = inApp ? 'on' : '';
      values[`mail-${kind}`] = mail;
      if (!isMailMode(mail) || (mail === 'digest' && !digestAvailable)) {
        errors[`mail-${kind}`] = m.error_required_choice();
        continue;
      }
      preferences.push({ kind, inApp, mail });
    }
    if (Object.keys(errors).length > 0) return invalid({ values, errors });

    const result = await locals.api.PUT('/api/notifications/preferences', { body: { preferences } });
    if (!result.response.ok) return apiFailure(result, { values }, []);
    setFlash(cookies, url, '/notifications/settings', 'saved');
    redirect(303, '/notifications/settings');
  },
};
