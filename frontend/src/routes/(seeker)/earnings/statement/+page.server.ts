import { error } from '@sveltejs/kit';
import { parseDay } from '$lib/dates';
import { requireUser } from '$lib/server/guards';
import { unwrap } from '$lib/server/results';
import type { PageServerLoad } from './$types';

/** A statement of the days ?from= to ?to= (by payment day), to print or save as PDF. */
export const load: PageServerLoad = async ({ locals, url, parent }) => {
  await parent(); // the group's guard first
  requireUser(locals, url, ['seeker']);
  const [from, to] = ['from', 'to'].map((k) => url.searchParams.get(k) ?? '');
  if (parseDay(from) !== from || parseDay(to) !== to) error(404);
  const statement = unwrap(
    await locals.api.GET('/api/me/earnings/statement', { params: { query: { from, to } } }),
    url,
  );
  return { statement };
};
