import { redirect } from '@sveltejs/kit';
import { parseDay } from '$lib/dates';
import { parseEuros } from '$lib/money';
import { m } from '$lib/paraglide/messages';
import { setFlash } from '$lib/server/flash';
import { field } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { invalid, unwrap } from '$lib/server/results';
import { formErrorsFromProblem, toProblem } from '$lib/api/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent }) => {
  await parent(); // the group's guard first
  requireUser(locals, url, ['seeker']);
  const [rules, limits] = await Promise.all([
    locals.api.GET('/api/limit-rules'),
    locals.api.GET('/api/me/limits'),
  ]);
  return { rules: unwrap(rules, url), limits: unwrap(limits, url) };
};

const MODES = ['show', 'warn', 'never'] as const;
/** The mode chosen for a limit; warning before accepting unless the seeker chose otherwise. */
const modeOf = (value: string) => MODES.find((mode) => mode === value) ?? 'warn';

export const actions: Actions = {
  default: async ({ locals, url, request, cookies }) => {
    requireUser(locals, url, ['seeker']);
    const data = await request.formData();
    const chosen = data.getAll('rules').filter((v): v is string => typeof v === 'string');
    const values: Record<string, string> = {};
    const errors: Record<string, string> = {};
    const limits = chosen.map((ruleKey) => {
      values[`anchor-${ruleKey}`] = field(data, `anchor-${ruleKey}`);
      values[`personal-${ruleKey}`] = field(data, `personal-${ruleKey}`);
      values[`mode-${ruleKey}`] = field(data, `mode-${ruleKey}`);
      const mode = modeOf(values[`mode-${ruleKey}`]);
      const anchorText = values[`anchor-${ruleKey}`];
      const personalText = values[`personal-${ruleKey}`];
      const anchor = anchorText ? parseDay(anchorText) : null;
      if (anchorText && !anchor) errors[`anchor-${ruleKey}`] = m.error_date();
      const personal = personalText ? parseEuros(personalText) : null;
      if (personalText && personal === null) errors[`personal-${ruleKey}`] = m.error_report_pay();
      return { ruleKey, anchor, personalAmountCents: personal, mode };
    });
    if (Object.keys(errors).length) return invalid({ values, checked: chosen, errors });
    const result = await locals.api.PUT('/api/me/limits', { body: { limits } });
    if (!result.response.ok) {
      const problem = toProblem(result.response.status, result.error);
      // limits.<n>.anchor → the anchor box of that rule.
      const names: Record<string, string> = { anchor: 'anchor', personalAmountCents: 'personal' };
      for (const { field: path, code } of problem.fieldErrors) {
        const match = /^limits\.(\d+)\.(\w+)$/.exec(path);
        const key = match ? chosen[Number(match[1])] : undefined;
        if (key && match && names[match[2]])
          errors[`${names[match[2]]}-${key}`] ??=
            code === 'required' ? m.error_required() : m.error_invalid();
      }
      if (!Object.keys(errors).length) Object.assign(errors, formErrorsFromProblem(problem, []));
      return invalid({ values, checked: chosen, errors }, problem.status);
    }
    setFlash(cookies, url, '/earnings', 'limits');
    redirect(303, '/earnings');
  },
};
