import { m } from '$lib/paraglide/messages';
import { unwrap } from '$lib/server/results';
import type { PageServerLoad } from './$types';

const PAGE = 50;

/** Seekers by headroom; the filters are a GET form (?area=&who=all|mine|none&offset=), so they work without JS. */
export const load: PageServerLoad = async ({ locals, url, parent }) => {
  const { user } = await parent(); // the group's guard first
  const area = (url.searchParams.get('area') ?? '').trim();
  const who = url.searchParams.get('who') ?? 'all';
  const offset = Math.max(0, Math.floor(Number(url.searchParams.get('offset')) || 0));
  const areaError = area && !/^[0-9]{1,5}$/.test(area) ? m.error_invalid() : undefined;
  const coordinator = who === 'mine' ? user?.id : who === 'none' ? 'none' : undefined;
  const query = {
    limit: PAGE,
    offset,
    ...(area && !areaError ? { area } : {}),
    ...(coordinator ? { coordinator } : {}),
  };
  const list = unwrap(await locals.api.GET('/api/coordinator/earnings', { params: { query } }), url);
  return { list, filters: { area, who }, areaError, offset, page: PAGE };
};
