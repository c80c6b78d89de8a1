// The seekers, with search and filters in the address (a GET form: works without JavaScript, and a filtered
// list can be bookmarked). Only values the API accepts are passed on; anything else is ignored.
import type { PageServerLoad } from './$types';
import { unwrap } from '$lib/server/results';

const LIMITS = ['ok', 'near', 'over'] as const;
const ACTIVE = ['30', '90', 'none90'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const oneOf = <T extends string>(list: readonly T[], value: string): T | undefined =>
  (list as readonly string[]).includes(value) ? (value as T) : undefined;

export const load: PageServerLoad = async ({ locals, url, parent }) => {
  await parent(); // the group's guard: coordinators and admins
  const get = (name: string) => (url.searchParams.get(name) ?? '').trim();
  const filters = {
    q: get('q').slice(0, 100),
    area: /^[0-9]{1,5}$/.test(get('area')) ? get('area') : '',
    coordinator: get('coordinator') === 'none' || UUID.test(get('coordinator')) ? get('coordinator') : '',
    limit: oneOf(LIMITS, get('limit')) ?? '',
    active: oneOf(ACTIVE, get('active')) ?? '',
  };
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));
  const [list, coordinators] = await Promise.all([
    locals.api.GET('/api/coordinator/seekers', { params: { query } }),
    locals.api.GET('/api/coordinator/coordinators'),
  ]);
  return { filters, list: unwrap(list, url), coordinators: unwrap(coordinators, url), me: locals.user?.id };
};
