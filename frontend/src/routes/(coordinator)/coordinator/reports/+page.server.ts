// The funders' indicators for a chosen period (this month by default), in a GET form: the report's address
// can be bookmarked, and the CSV link is the same address on the API.
import { helsinkiToday, parseDay } from '$lib/dates';
import { m } from '$lib/paraglide/messages';
import { unwrap } from '$lib/server/results';
import type { PageServerLoad } from './$types';

function monthOf(today: string): { from: string; to: string } {
  const [y, mo] = today.split('-').map(Number);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${y}-${pad(mo)}-01`, to: `${y}-${pad(mo)}-${pad(last)}` };
}

export const load: PageServerLoad = async ({ locals, url, parent }) => {
  await parent(); // the group's guard: coordinators and admins
  const month = monthOf(helsinkiToday());
  const typed = {
    from: url.searchParams.get('from') ?? month.from,
    to: url.searchParams.get('to') ?? month.to,
  };
  const from = parseDay(typed.from);
  const to = parseDay(typed.to);
  const errors: Record<string, string> = {};
  if (!from) errors.from = m.error_date();
  if (!to) errors.to = m.error_date();
  if (from && to && to < from) errors.to = m.report_error_order();
  if (!from || !to || Object.keys(errors).length > 0) return { values: typed, errors, report: null };
  const result = await locals.api.GET('/api/coordinator/reports', { params: { query: { from, to } } });
  if (result.response.status === 400) {
    const problem = result.error as { errors?: { field: string; message: string }[] } | undefined;
    for (const e of problem?.errors ?? []) errors[e.field] = e.message;
    return { values: typed, errors, report: null };
  }
  return { values: { from, to }, errors, report: unwrap(result, url) };
};
