// Turns the API's error bodies ({ statusCode, code, errors: [{ field, code }] }) into messages in the reader's language.
import { m } from '$lib/paraglide/messages';

export interface ApiFieldError {
  field: string;
  code: string;
}

export interface ApiProblem {
  status: number;
  code: string | undefined;
  fieldErrors: ApiFieldError[];
}

/** Field errors of a form by field name; `_form` holds a message that belongs to no single field. */
export type FormErrors = Record<string, string>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const statusCodes: Record<number, string> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  429: 'rate_limited',
};

/** Reads an error body of any shape; falls back to a code derived from the status. */
export function toProblem(status: number, body: unknown): ApiProblem {
  const record = isRecord(body) ? body : {};
  const code = typeof record.code === 'string' ? record.code : statusCodes[status];
  const fieldErrors: ApiFieldError[] = [];
  if (Array.isArray(record.errors)) {
    for (const item of record.errors) {
      if (isRecord(item) && typeof item.field === 'string') {
        fieldErrors.push({ field: item.field, code: typeof item.code === 'string' ? item.code : 'invalid' });
      }
    }
  }
  return { status, code, fieldErrors };
}

const passwordFields = new Set(['password', 'newPassword']);

/**
 * The message for one field error code. `field` is the API's name of the field: some fields have their
 * own wording (a password's "too short", a gig's times, pay and places).
 */
export function fieldErrorMessage(code: string, field?: string): string {
  // A report's figures come per person (entries.0.minutes); a coordinator's settlement names them alone.
  switch (field?.replace(/^entries\.\d+\./, '')) {
    case 'minutes':
      return m.error_report_hours();
    case 'amountCents':
      return m.error_report_pay();
    case 'workDate':
      return m.error_report_work_date();
    case 'paymentDate':
      if (code === 'before_work') return m.error_payment_before_work();
      if (code === 'too_late') return m.error_payment_too_late();
      return m.error_invalid();
  }
  switch (field) {
    case 'startsAt':
      if (code === 'in_past') return m.error_gig_in_past();
      return m.error_gig_time();
    case 'endsAt':
      if (code === 'before_start') return m.error_gig_before_start();
      if (code === 'too_long') return m.error_gig_too_long();
      return m.error_gig_time();
    case 'payCents':
      return code === 'under_minimum' ? m.error_pay_minimum() : m.error_pay_range();
    case 'estimatedMinutes':
      return code === 'longer_than_time' ? m.error_estimate_longer() : m.error_hours();
    case 'supportPerson':
      return m.error_support_person();
    case 'contactPhone':
      return m.error_phone();
    case 'postalCode':
      return m.error_postal_code();
    case 'places':
      return code === 'below_taken' ? m.error_places_below_taken() : m.error_places();
    case 'gigId':
      if (code === 'cancelled') return m.error_invite_cancelled();
      if (code === 'not_published') return m.error_invite_not_published();
      if (code === 'past') return m.error_invite_past();
      if (code === 'full') return m.error_invite_full();
      return m.error_invalid_choice();
    case 'area':
      return m.error_area();
  }
  switch (code) {
    case 'required':
      return m.error_required();
    case 'email':
      return m.error_email();
    case 'too_long':
      return m.error_too_long();
    case 'too_short':
      return field && passwordFields.has(field) ? m.error_password_too_short() : m.error_too_short();
    case 'invalid_choice':
      return m.error_invalid_choice();
    case 'taken':
      return m.error_email_taken();
    case 'wrong_password':
      return m.error_current_password_wrong();
    default:
      return m.error_invalid();
  }
}

/** The message for an error that concerns the whole request. */
export function problemMessage(problem: Pick<ApiProblem, 'code' | 'status'>): string {
  switch (problem.code) {
    case 'applications_waiting':
      return m.error_applications_waiting();
    case 'booking_overlap':
      return m.error_booking_overlap_edit();
    case 'link_invalid':
      return m.link_invalid_body();
    case 'bad_credentials':
      return m.error_bad_credentials();
    case 'rate_limited':
      return m.error_rate_limited();
    case 'proof_required':
      return m.error_proof_required();
    case 'account_active':
      return m.error_account_active();
    case 'account_pending':
      return m.error_account_pending();
    case 'unauthenticated':
      return m.error_unauthenticated();
    case 'forbidden':
      return m.error_forbidden();
    case 'not_found':
      return m.error_not_found();
    case 'conflict':
      return m.error_conflict();
    case 'mail_failed':
      return m.error_mail_failed();
    case 'gig_full':
      return m.error_gig_full();
    case 'gig_closed':
      return m.error_gig_closed();
    case 'gig_started':
      return m.error_gig_started();
    case 'organisation_unverified':
      return m.error_organisation_unverified();
    case 'withdraw_deadline':
      return m.gig_withdraw_too_late();
    case 'seeker_busy':
      return m.error_seeker_busy();
    case 'already_answered':
      return m.error_already_answered();
    case 'already_reported':
      return m.error_already_reported();
    case 'not_yet':
      return m.error_not_yet();
    case 'feedback_given':
      return m.error_feedback_given();
    case 'not_done':
      return m.error_not_done();
    case 'not_disputed':
      return m.error_not_disputed();
    default:
      return m.error_generic();
  }
}

/**
 * Form errors for a failed API call: a message per known field, and a general message when the
 * error names no field of this form (so the person always sees why the form did not go through).
 * `rename` maps the API's field names to the form's, where they differ (payCents → pay).
 */
export function formErrorsFromProblem(
  problem: ApiProblem,
  fields: readonly string[],
  rename: Readonly<Record<string, string>> = {},
): FormErrors {
  const errors: FormErrors = {};
  for (const { field, code } of problem.fieldErrors) {
    const name = Object.hasOwn(rename, field) ? rename[field] : field;
    if (fields.includes(name) && !errors[name]) errors[name] = fieldErrorMessage(code, field);
  }
  if (Object.keys(errors).length === 0) errors._form = problemMessage(problem);
  return errors;
}
