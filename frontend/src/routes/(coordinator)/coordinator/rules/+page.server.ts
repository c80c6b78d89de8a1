// The limit rules: each with its versions, a form to add a version from a day on (a change in the law), and
// the audit trail of who changed what.
import type { FormErrors } from '$lib/api/errors';
import { parseDay } from '$lib/dates';
import { parseEuros } from '$lib/money';
import { m } from '$lib/paraglide/messages';
import { field } from '$lib/server/forms';
import { apiFailure, invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

const EFFECTS = ['reduction', 'loses_benefit', 'none'] as const;
const FIELDS = ['validFrom', 'amountCents', 'effect', 'reductionRateBp', 'note'] as const;
const KEY = /^[a-z][a-z0-9_]{0,59}$/;

interface VersionFacts {
  id: string;
  validFrom: string;
  amountCents: number;
  note: string;
}

/** The version an audit entry added: the one in `after` that `before` did not have. */
function added(before: string | null, after: string | null): VersionFacts | null {
  try {
    const was = new Set(((before ? JSON.parse(before) : []) as VersionFacts[]).map((v) => v.id));
    const now = (after ? JSON.parse(after) : []) as VersionFacts[];
    return now.find((v) => !was.has(v.id)) ?? null;
  } catch {
    return null;
  }
}

export const load: PageServerLoad = async ({ locals, url }) => {
  const [rules, audit] = await Promise.all([
    locals.api.GET('/api/limit-rules'),
    locals.api.GET('/api/coordinator/audit', { params: { query: { subjectType: 'limit_rule' } } }),
  ]);
  const events = unwrap(audit, url).map((e) => ({
    id: e.id,
    at: e.at,
    actorName: e.actorName,
    action: e.action,
    ruleKey: e.subjectId,
    version: added(e.before, e.after),
  }));
  return {
    rules: unwrap(rules, url),
    // Newest first, per rule.
    trail: events.reduce<Record<string, typeof events>>((by, e) => {
      (by[e.ruleKey] ??= []).push(e);
      return by;
    }, {}),
  };
};

export const actions: Actions = {
  add: async ({ locals, request }) => {
    const data = await request.formData();
    const key = field(data, 'key');
    const values = {
      validFrom: field(data, 'validFrom'),
      amount: field(data, 'amount'),
      effect: field(data, 'effect'),
      rate: field(data, 'rate'),
      note: field(data, 'note'),
    };
    if (!KEY.test(key)) return invalid({ form: '', values, errors: { _form: m.error_not_found() } });
    const errors: FormErrors = {};
    const validFrom = parseDay(values.validFrom);
    if (!values.validFrom) errors.validFrom = m.error_required();
    else if (!validFrom) errors.validFrom = m.error_date();
    const amountCents = parseEuros(values.amount);
    if (!values.amount) errors.amount = m.error_required();
    else if (amountCents === null) errors.amount = m.rules_error_amount();
    const effect = EFFECTS.find((e) => e === values.effect);
    if (!effect) errors.effect = m.error_required_choice();
    const rate = values.rate ? Number(values.rate.replace(',', '.')) : 0;
    if (!Number.isFinite(rate) || rate < 0 || rate > 100) errors.rate = m.rules_error_rate();
    if (!values.note) errors.note = m.error_required();
    else if (values.note.length > 500) errors.note = m.error_too_long();
    if (Object.keys(errors).length || !validFrom || amountCents === null || !effect)
      return invalid({ form: key, values, errors });
    const result = await locals.api.POST('/api/coordinator/limit-rules/{key}/versions', {
      params: { path: { key } },
      body: {
        validFrom,
        amountCents,
        effect,
        reductionRateBp: Math.round(rate * 100),
        note: values.note,
      },
    });
    if (!result.response.ok)
      return apiFailure(result, { form: key, values }, FIELDS, {
        amountCents: 'amount',
        reductionRateBp: 'rate',
      });
    return { form: key, saved: validFrom };
  },
};
