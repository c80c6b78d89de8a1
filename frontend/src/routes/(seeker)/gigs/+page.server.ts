// The seeker's gigs: "For you" (what matching picked for them, best first, with why) and the search of all
// open gigs. The search is a GET form, so it works without JavaScript and its address can be shared; each list
// pages by the keyset the API hands out (`for` for For you, `after` for the search).
import { toProblem, formErrorsFromProblem, type FormErrors } from '$lib/api/errors';
import { parseDay } from '$lib/dates';
import { parseEuros } from '$lib/money';
import { m } from '$lib/paraglide/messages';
import { unwrap } from '$lib/server/results';
import type { PageServerLoad } from './$types';

const FIELDS = ['category', 'area', 'from', 'to', 'minPay'] as const;
type SearchValues = Record<(typeof FIELDS)[number], string>;

export const load: PageServerLoad = async ({ locals, url, parent }) => {
  const { user } = await parent(); // the group's guard first
  const q = url.searchParams;
  const values = Object.fromEntries(FIELDS.map((f) => [f, (q.get(f) ?? '').trim()])) as SearchValues;
  const errors: FormErrors = {};
  const from = values.from ? parseDay(values.from) : undefined;
  const to = values.to ? parseDay(values.to) : undefined;
  const minPayCents = values.minPay ? parseEuros(values.minPay) : undefined;
  if (from === null) errors.from = m.search_error_day();
  if (to === null) errors.to = m.search_error_day();
  if (minPayCents === null) errors.minPay = m.search_error_pay();

  const forYou =
    user?.role === 'seeker'
      ? unwrap(
          await locals.api.GET('/api/me/for-you', {
            params: { query: { after: q.get('for') || undefined } },
          }),
          url,
        )
      : null;

  let results = null;
  if (Object.keys(errors).length === 0) {
    const result = await locals.api.GET('/api/gigs', {
      params: {
        query: {
          category: values.category || undefined,
          area: values.area || undefined,
          from: from ?? undefined,
          to: to ?? undefined,
          minPayCents: minPayCents ?? undefined,
          after: q.get('after') || undefined,
        },
      },
    });
    if (result.response.status === 400) {
      const problem = toProblem(400, result.error);
      Object.assign(errors, formErrorsFromProblem(problem, FIELDS, { minPayCents: 'minPay' }));
      if (problem.fieldErrors.some((e) => e.field === 'after')) errors._form = m.search_error_page();
    } else results = unwrap(result, url);
  }
  const searched = FIELDS.some((f) => values[f]) || q.has('after');
  return { forYou, results, values, errors, searched };
};
