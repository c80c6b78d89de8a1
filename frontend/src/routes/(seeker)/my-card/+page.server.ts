import { redirect } from '@sveltejs/kit';
import type { Weekday } from '$lib/api/types';
import { WEEKDAYS } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { setFlash, takeFlash } from '$lib/server/flash';
import { field, list } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { apiFailure, invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent, cookies }) => {
  await parent(); // the group's guard first
  requireUser(locals, url, ['seeker']);
  const [card, categories] = await Promise.all([
    locals.api.GET('/api/me/card'),
    locals.api.GET('/api/gig-categories'),
  ]);
  return {
    card: unwrap(card, url),
    categories: (categories.data ?? []).filter((c) => c.active),
    done: takeFlash(cookies, url),
  };
};

const FIELDS = ['text', 'categories', 'postalCodes', 'district', 'weekdays', 'times', 'visible'] as const;

export const actions: Actions = {
  save: async ({ locals, url, request, cookies }) => {
    requireUser(locals, url, ['seeker']);
    const data = await request.formData();
    const all = (name: string) => data.getAll(name).filter((v): v is string => typeof v === 'string');
    const values = {
      text: field(data, 'text'),
      postalCodes: field(data, 'postalCodes'),
      district: field(data, 'district'),
      times: field(data, 'times'),
      visible: field(data, 'visible'),
    };
    const checked = [...all('categories'), ...all('weekdays')];
    const errors: Record<string, string> = {};
    if (!values.text) errors.text = m.card_error_text();
    const postalCodes = list(values.postalCodes);
    if (postalCodes.some((code) => !/^\d{5}$/.test(code))) errors.postalCodes = m.error_postal_code();
    if (values.visible !== 'yes' && values.visible !== 'no') errors.visible = m.error_required_choice();
    if (Object.keys(errors).length) return invalid({ values, checked, errors });
    const result = await locals.api.PUT('/api/me/card', {
      body: {
        text: values.text,
        categories: all('categories'),
        postalCodes,
        district: values.district,
        weekdays: WEEKDAYS.filter((d) => all('weekdays').includes(d)) as Weekday[],
        times: values.times,
        visible: values.visible === 'yes',
      },
    });
    if (!result.response.ok) return apiFailure(result, { values, checked }, FIELDS);
    setFlash(cookies, url, '/my-card', values.visible === 'yes' ? 'visible' : 'saved');
    redirect(303, '/my-card');
  },

  visibility: async ({ locals, url, request, cookies }) => {
    requireUser(locals, url, ['seeker']);
    const visible = field(await request.formData(), 'visible') === 'yes';
    const result = await locals.api.PUT('/api/me/card/visibility', { body: { visible } });
    if (!result.response.ok) return apiFailure(result, { form: 'visibility', values: {} }, []);
    setFlash(cookies, url, '/my-card', visible ? 'visible' : 'hidden');
    redirect(303, '/my-card');
  },
};
