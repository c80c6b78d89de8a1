// Turning API results into what a load function or an action returns.
import { error, fail, redirect } from '@sveltejs/kit';
import { formErrorsFromProblem, problemMessage, toProblem, type FormErrors } from '$lib/api/errors';
import { signInPath } from './guards';

interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful call in a load function; otherwise the matching error page (or sign-in). */
export function unwrap<T>(result: ApiResult<T>, url: URL): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  const problem = toProblem(result.response.status, result.error);
  if (problem.status === 401) redirect(303, signInPath(url));
  // A malformed id in the address (the API answers 400) is a page that does not exist.
  if (problem.status === 400) error(404, { message: problemMessage({ ...problem, code: 'not_found' }) });
  const passOn = problem.status > 400 && problem.status < 500;
  error(passOn ? problem.status : 502, { message: problemMessage(problem) });
}

export type FormValues = Record<string, string>;

export interface FormFailure {
  /** Which form of the page failed, when a page has several. */
  form?: string;
  values: FormValues;
  /** The checked boxes of checkbox groups, to show them again. */
  checked?: string[];
  errors: FormErrors;
  /** The sign-in link was expired or used (the verify page shows its own message for that). */
  linkInvalid?: boolean;
}

/** A failed form: the values to show again (never a password) and a message per field. */
export function invalid(failure: FormFailure, status = 400) {
  return fail(status, failure);
}

/**
 * A form whose API call failed: field errors on their fields, anything else at the top.
 * `rename` maps the API's field names to the form's where they differ.
 */
export function apiFailure(
  result: { error?: unknown; response: Response },
  failure: Omit<FormFailure, 'errors'>,
  fields: readonly string[],
  rename?: Readonly<Record<string, string>>,
) {
  const problem = toProblem(result.response.status, result.error);
  const errors = formErrorsFromProblem(problem, fields, rename);
  const status = problem.status >= 400 && problem.status < 600 ? problem.status : 500;
  return invalid({ ...failure, errors }, status);
}
