import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url }) => {
  // Reading the path makes this load run on every navigation, so the bell's number stays current.
  void url.pathname;
  return { user: locals.user, unread: locals.user ? await unreadCount(locals.api) : null };
};

/** The number for the bell; a failure leaves the bell without a number rather than failing the page. */
async function unreadCount(api: App.Locals['api']): Promise<number | null> {
  try {
    const { data, response } = await api.GET('/api/notifications/unread');
    if (data) return data.unread;
    console.error('GET /api/notifications/unread answered', response.status);
  } catch (error) {
    console.error('GET /api/notifications/unread failed', error);
  }
  return null;
}
