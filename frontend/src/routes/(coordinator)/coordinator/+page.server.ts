import { unwrap } from '$lib/server/results';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent }) => {
  await parent(); // the group's guard first
  const [overview, organisations] = await Promise.all([
    locals.api.GET('/api/coordinator/overview'),
    locals.api.GET('/api/coordinator/organisations'),
  ]);
  return { overview: unwrap(overview, url), organisations: unwrap(organisations, url) };
};
