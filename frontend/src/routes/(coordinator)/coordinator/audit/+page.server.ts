// The audit log, searched by person and days in a GET form (works without JavaScript, can be bookmarked).
import { parseDay } from '$lib/dates';
import { m } from '$lib/paraglide/messages';
import { unwrap } from '$lib/server/results';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent }) => {
  await parent(); // the group's guard: coordinators and admins
  const values = {
    person: (url.searchParams.get('person') ?? '').trim().slice(0, 100),
    from: url.searchParams.get('from') ?? '',
    to: url.searchParams.get('to') ?? '',
  };
  const errors: Record<string, string> = {};
  const from = values.from ? parseDay(values.from) : undefined;
  const to = values.to ? parseDay(values.to) : undefined;
  if (from === null) errors.from = m.error_date();
  if (to === null) errors.to = m.error_date();
  if (from && to && to < from) errors.to = m.report_error_order();
  if (Object.keys(errors).length > 0) return { values, errors, events: [] };
  const query = {
    ...(values.person ? { person: values.person } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const events = unwrap(await locals.api.GET('/api/coordinator/audit', { params: { query } }), url);
  return { values, errors, events };
};
