import { unwrap } from '$lib/server/results';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent }) => {
  await parent(); // the group's guard first
  const gigs = unwrap(await locals.api.GET('/api/gigs'), url);
  return { gigs };
};
