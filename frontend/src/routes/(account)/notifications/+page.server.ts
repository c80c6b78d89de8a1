import { redirect } from '@sveltejs/kit';
import type { Notification } from '$lib/api/types';
import { safeRedirectPath } from '$lib/navigation';
import { getLocale } from '$lib/paraglide/runtime';
import { setFlash, takeFlash } from '$lib/server/flash';
import { field } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { apiFailure, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent, cookies }) => {
  await parent(); // the group's guard first
  // The API words each notice, in the language of this page.
  const list = unwrap(
    await locals.api.GET('/api/notifications', { params: { query: { locale: getLocale() } } }),
    url,
  );
  return {
    unreadCount: list.unread,
    // The API keeps the newest first; sorted again so the page does not depend on it.
    items: ([...list.items] as Notification[]).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    done: takeFlash(cookies, url),
  };
};

export const actions: Actions = {
  /** Opens a notice: marks it read and goes where it leads. */
  open: async ({ request, locals, url }) => {
    requireUser(locals, url);
    const id = field(await request.formData(), 'id');
    if (!id) redirect(303, '/notifications');

    // Where it leads comes from the API, not from the form, and must be a path of this site.
    const list = await locals.api.GET('/api/notifications');
    if (!list.data) return apiFailure(list, { form: 'open', values: {} }, []);
    const notice = list.data.items.find((item) => item.id === id);
    if (!notice) redirect(303, '/notifications');

    const result = await locals.api.POST('/api/notifications/{id}/read', { params: { path: { id } } });
    if (!result.response.ok) return apiFailure(result, { form: 'open', values: {} }, []);
    redirect(303, safeRedirectPath(notice.link, '/notifications'));
  },

  readAll: async ({ locals, url, cookies }) => {
    requireUser(locals, url);
    const result = await locals.api.POST('/api/notifications/read-all');
    if (!result.response.ok) return apiFailure(result, { form: 'readAll', values: {} }, []);
    setFlash(cookies, url, '/notifications', 'read-all');
    redirect(303, '/notifications');
  },
};
