import { unwrap } from '$lib/server/results';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent }) => {
  await parent(); // 404 in production
  const mails = unwrap(await locals.api.GET('/api/dev/mail'), url);
  return { mails: [...mails].sort((a, b) => b.date.localeCompare(a.date)) };
};
