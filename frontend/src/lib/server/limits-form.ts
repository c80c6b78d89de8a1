// The limits form (which limits apply, a 4-week rule's first day, a personal amount, and what each limit does
// about a gig that would go over it), shared by the seeker's own page and a coordinator's page for a seeker.
import { formErrorsFromProblem, toProblem } from '$lib/api/errors';
import { parseDay } from '$lib/dates';
import { parseEuros } from '$lib/money';
import { m } from '$lib/paraglide/messages';
import { field } from './forms';
import { invalid } from './results';

const MODES = ['show', 'warn', 'never'] as const;
/** The mode chosen for a limit; warning before accepting unless the seeker chose otherwise. */
const modeOf = (value: string) => MODES.find((mode) => mode === value) ?? 'warn';

export type LimitsBody = {
  limits: {
    ruleKey: string;
    anchor: string | null;
    personalAmountCents: number | null;
    mode: (typeof MODES)[number];
  }[];
};

/**
 * Reads the form and saves it with `save` (the API call of the page); a failure to show again with a message
 * per box, or null when it was saved.
 */
export async function saveLimitsForm(
  data: FormData,
  save: (body: LimitsBody) => Promise<{ error?: unknown; response: Response }>,
) {
  const chosen = data.getAll('rules').filter((v): v is string => typeof v === 'string');
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  const limits = chosen.map((ruleKey) => {
    for (const name of ['anchor', 'personal', 'mode'])
      values[`${name}-${ruleKey}`] = field(data, `${name}-${ruleKey}`);
    const anchorText = values[`anchor-${ruleKey}`];
    const personalText = values[`personal-${ruleKey}`];
    const anchor = anchorText ? parseDay(anchorText) : null;
    if (anchorText && !anchor) errors[`anchor-${ruleKey}`] = m.error_date();
    const personal = personalText ? parseEuros(personalText) : null;
    if (personalText && personal === null) errors[`personal-${ruleKey}`] = m.error_report_pay();
    return { ruleKey, anchor, personalAmountCents: personal, mode: modeOf(values[`mode-${ruleKey}`]) };
  });
  if (Object.keys(errors).length) return invalid({ values, checked: chosen, errors });
  const result = await save({ limits });
  if (result.response.ok) return null;
  const problem = toProblem(result.response.status, result.error);
  // limits.<n>.anchor → the anchor box of that rule.
  const names: Record<string, string> = { anchor: 'anchor', personalAmountCents: 'personal' };
  for (const { field: path, code } of problem.fieldErrors) {
    const match = /^limits\.(\d+)\.(\w+)$/.exec(path);
    const key = match ? chosen[Number(match[1])] : undefined;
    if (key && match && names[match[2]])
      errors[`${names[match[2]]}-${key}`] ??= code === 'required' ? m.error_required() : m.error_invalid();
  }
  if (!Object.keys(errors).length) Object.assign(errors, formErrorsFromProblem(problem, []));
  return invalid({ values, checked: chosen, errors }, problem.status);
}
