import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { parseDay, parseHours } from '$lib/dates';
import { parseEuros } from '$lib/money';
import { setFlash, takeFlash } from '$lib/server/flash';
import { field } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { apiFailure, invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent, cookies }) => {
  await parent(); // the group's guard first
  return {
    disputes: unwrap(await locals.api.GET('/api/coordinator/completions'), url),
    done: takeFlash(cookies, url),
  };
};

export const actions: Actions = {
  /** Settles one dispute: confirmed with the figures agreed (empty: the organisation's stand), or annulled. */
  resolve: async ({ request, locals, url, cookies }) => {
    requireUser(locals, url, ['coordinator', 'admin']);
    const data = await request.formData();
    const values = {
      bookingId: field(data, 'bookingId'),
      outcome: field(data, 'outcome'),
      hours: field(data, 'hours'),
      pay: field(data, 'pay'),
      paymentDate: field(data, 'paymentDate'),
      note: field(data, 'note'),
    };
    const failure = { form: values.bookingId, values };
    const errors: Record<string, string> = {};
    if (values.outcome !== 'confirm' && values.outcome !== 'annul') errors.outcome = m.error_required();
    if (!values.note) errors.note = m.error_required();
    const minutes = values.hours ? parseHours(values.hours) : undefined;
    if (minutes === null) errors.hours = m.error_report_hours();
    const paymentDate = values.paymentDate ? parseDay(values.paymentDate) : undefined;
    if (paymentDate === null) errors.paymentDate = m.error_date();
    const amountCents = values.pay ? parseEuros(values.pay) : undefined;
    if (amountCents === null) errors.pay = m.error_report_pay();
    if (Object.keys(errors).length) return invalid({ ...failure, errors });
    const result = await locals.api.POST('/api/coordinator/completions/{bookingId}/resolve', {
      params: { path: { bookingId: values.bookingId } },
      body: {
        outcome: values.outcome as 'confirm' | 'annul',
        note: values.note,
        ...(minutes != null ? { minutes } : {}),
        ...(amountCents != null ? { amountCents } : {}),
        ...(paymentDate ? { paymentDate } : {}),
      },
    });
    if (!result.response.ok)
      return apiFailure(result, failure, ['outcome', 'hours', 'pay', 'paymentDate', 'note'], {
        minutes: 'hours',
        amountCents: 'pay',
      });
    setFlash(cookies, url, '/coordinator/disputes', 'resolved');
    redirect(303, '/coordinator/disputes');
  },
};
