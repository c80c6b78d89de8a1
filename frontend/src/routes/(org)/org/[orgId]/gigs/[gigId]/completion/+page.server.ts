import { redirect } from '@sveltejs/kit';
import { fieldErrorMessage, problemMessage, toProblem } from '$lib/api/errors';
import { m } from '$lib/paraglide/messages';
import { parseDay, parseHours } from '$lib/dates';
import { parseEuros } from '$lib/money';
import { setFlash, takeFlash } from '$lib/server/flash';
import { field } from '$lib/server/forms';
import { requireMember } from '$lib/server/guards';
import { invalid, unwrap, type FormValues } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, parent, cookies }) => {
  await parent(); // the group's guard first
  const path = { orgId: params.orgId, gigId: params.gigId };
  const [gig, people, defaults] = await Promise.all([
    locals.api.GET('/api/organisations/{orgId}/gigs/{gigId}', { params: { path } }),
    locals.api.GET('/api/organisations/{orgId}/gigs/{gigId}/people', { params: { path } }),
    locals.api.GET('/api/organisations/{orgId}/gigs/{gigId}/completion', { params: { path } }),
  ]);
  const all = unwrap(people, url);
  return {
    gig: unwrap(gig, url),
    defaults: unwrap(defaults, url),
    toReport: all.filter((p) => p.status === 'booked'),
    reported: all.filter((p) => p.status === 'completed' || p.status === 'no_show'),
    done: takeFlash(cookies, url),
  };
};

export const actions: Actions = {
  report: async ({ locals, url, params, cookies, request }) => {
    requireMember(locals, url, params.orgId);
    const data = await request.formData();
    const ids = data.getAll('bookingId').filter((v): v is string => typeof v === 'string');
    const values: FormValues = {};
    const errors: Record<string, string> = {};
    const entries = ids.map((id) => {
      for (const name of ['outcome', 'hours', 'pay', 'workDate', 'paymentDate'])
        values[`${name}-${id}`] = field(data, `${name}-${id}`);
      const outcome = values[`outcome-${id}`] === 'no_show' ? ('no_show' as const) : ('worked' as const);
      if (outcome === 'no_show') return { bookingId: id, outcome };
      const minutes = parseHours(values[`hours-${id}`]);
      const amountCents = parseEuros(values[`pay-${id}`]);
      if (minutes === null) errors[`hours-${id}`] = m.error_report_hours();
      if (amountCents === null || amountCents > 100_000) errors[`pay-${id}`] = m.error_report_pay();
      // Days as a date box gives them, or as typed where it is a plain text box; empty: the gig's own.
      const day = (name: string) => {
        const text = values[`${name}-${id}`];
        const parsed = text ? parseDay(text) : undefined;
        if (parsed === null) errors[`${name}-${id}`] = m.error_date();
        return parsed ?? undefined;
      };
      return {
        bookingId: id,
        outcome,
        minutes: minutes ?? undefined,
        amountCents: amountCents ?? undefined,
        workDate: day('workDate'),
        paymentDate: day('paymentDate'),
      };
    });
    if (entries.length === 0) return invalid({ values, errors: { _form: m.report_nobody() } });
    if (Object.keys(errors).length) return invalid({ values, errors });
    const result = await locals.api.POST('/api/organisations/{orgId}/gigs/{gigId}/completion', {
      params: { path: { orgId: params.orgId, gigId: params.gigId } },
      body: { entries },
    });
    if (!result.response.ok) {
      const problem = toProblem(result.response.status, result.error);
      // The API names each wrong figure as entries.<n>.<field>: put it next to that person's box.
      const names: Record<string, string> = { minutes: 'hours', amountCents: 'pay' };
      for (const { field: path, code } of problem.fieldErrors) {
        const match = /^entries\.(\d+)\.(\w+)$/.exec(path);
        const id = match ? ids[Number(match[1])] : undefined;
        if (id && match) errors[`${names[match[2]] ?? match[2]}-${id}`] ??= fieldErrorMessage(code, path);
      }
      if (Object.keys(errors).length === 0) errors._form = problemMessage(problem);
      return invalid({ values, errors }, problem.status);
    }
    const gigPath = `/org/${encodeURIComponent(params.orgId)}/gigs/${encodeURIComponent(params.gigId)}`;
    setFlash(cookies, url, `${gigPath}/completion`, 'reported');
    redirect(303, `${gigPath}/completion`);
  },
};
