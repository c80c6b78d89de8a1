import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { parseDay as day } from '$lib/dates';
import { parseEuros } from '$lib/money';
import { setFlash, takeFlash } from '$lib/server/flash';
import { field } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { apiFailure, invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent, cookies }) => {
  await parent(); // the group's guard first
  requireUser(locals, url, ['seeker']);
  // ?on=YYYY-MM-DD: where the seeker stood on that day (an earlier or later period); a day that is not one is
  // left out rather than an error page.
  const asked = url.searchParams.get('on') ?? '';
  const on = asked && day(asked) === asked ? asked : undefined;
  const result = await locals.api.GET('/api/me/earnings', { params: { query: on ? { on } : {} } });
  return { earnings: unwrap(result, url), asked: !!on, done: takeFlash(cookies, url) };
};

export const actions: Actions = {
  record: async ({ locals, url, request, cookies }) => {
    requireUser(locals, url, ['seeker']);
    const data = await request.formData();
    const values = {
      payerName: field(data, 'payerName'),
      amount: field(data, 'amount'),
      workDate: field(data, 'workDate'),
      paymentDate: field(data, 'paymentDate'),
    };
    const errors: Record<string, string> = {};
    if (!values.payerName) errors.payerName = m.error_required();
    const amountCents = parseEuros(values.amount);
    if (amountCents === null || amountCents <= 0) errors.amount = m.error_report_pay();
    const workDate = day(values.workDate);
    const paymentDate = day(values.paymentDate || values.workDate);
    if (!workDate) errors.workDate = m.error_date();
    if (!paymentDate) errors.paymentDate = m.error_date();
    if (Object.keys(errors).length || !workDate || !paymentDate || amountCents === null)
      return invalid({ form: 'record', values, errors });
    const result = await locals.api.POST('/api/me/earnings', {
      body: { payerName: values.payerName, amountCents, workDate, paymentDate },
    });
    if (!result.response.ok)
      return apiFailure(
        result,
        { form: 'record', values },
        ['payerName', 'amount', 'workDate', 'paymentDate'],
        {
          amountCents: 'amount',
        },
      );
    setFlash(cookies, url, '/earnings', 'recorded');
    redirect(303, '/earnings');
  },

  correct: async ({ locals, url, request, cookies }) => {
    requireUser(locals, url, ['seeker']);
    const data = await request.formData();
    const entryId = field(data, 'entryId');
    const values = { entryId, reason: field(data, 'reason') };
    if (!values.reason) return invalid({ form: entryId, values, errors: { reason: m.error_required() } });
    const result = await locals.api.POST('/api/me/earnings/{entryId}/correction', {
      params: { path: { entryId } },
      body: { reason: values.reason },
    });
    if (!result.response.ok) return apiFailure(result, { form: entryId, values }, ['reason']);
    setFlash(cookies, url, '/earnings', 'corrected');
    redirect(303, '/earnings');
  },
};
