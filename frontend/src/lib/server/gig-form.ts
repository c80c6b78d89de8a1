// Reads the "new gig" form: checks what can be checked here, and turns the date, clock times and euros
// people type into what the API takes (ISO instants and integer cents).
import type { FormErrors } from '$lib/api/errors';
import type { CreateGig, GigCategory } from '$lib/api/types';
import { gigInterval, helsinkiToday, parseDateInput, parseTimeInput } from '$lib/dates';
import { GIG_CATEGORIES } from '$lib/labels';
import { parseEuros } from '$lib/money';
import { m } from '$lib/paraglide/messages';
import { field } from './forms';
import type { FormValues } from './results';

export const GIG_FORM_FIELDS = [
  'title',
  'description',
  'category',
  'district',
  'postalCode',
  'date',
  'startTime',
  'endTime',
  'pay',
  'places',
] as const;

/** The API's names for the fields that the form names differently. */
export const GIG_FORM_RENAME: Readonly<Record<string, string>> = {
  startsAt: 'startTime',
  endsAt: 'endTime',
  payCents: 'pay',
  estimatedMinutes: 'endTime',
};

// The API's limits (backend/src/gigs/dto/gig.dto.ts), checked here too so the answer comes at once.
const MAX_TITLE = 120;
const MAX_DESCRIPTION = 2000;
const MAX_AREA = 100;
const MAX_PAY_CENTS = 100_000;
const MAX_PLACES = 50;

export interface GigForm {
  values: FormValues;
  errors: FormErrors;
  /** The request to send, when nothing was wrong. */
  body?: CreateGig;
}

const isCategory = (value: string): value is GigCategory => (GIG_CATEGORIES as string[]).includes(value);

export function readGigForm(data: FormData, now: Date = new Date()): GigForm {
  const values: FormValues = {};
  for (const name of GIG_FORM_FIELDS) values[name] = field(data, name);
  const publish = field(data, 'publish') === 'true';
  const errors: FormErrors = {};

  const text = (name: string, max: number) => {
    if (!values[name]) errors[name] = m.error_required();
    else if (values[name].length > max) errors[name] = m.error_too_long();
  };
  text('title', MAX_TITLE);
  text('description', MAX_DESCRIPTION);
  const category = values.category;
  if (!isCategory(category)) errors.category = m.error_required_choice();
  text('district', MAX_AREA);
  if (!/^[0-9]{5}$/.test(values.postalCode)) errors.postalCode = m.error_postal_code();

  const date = parseDateInput(values.date);
  const start = parseTimeInput(values.startTime);
  const end = parseTimeInput(values.endTime);
  if (!date) errors.date = m.error_gig_date();
  if (!start) errors.startTime = m.error_gig_time();
  if (!end) errors.endTime = m.error_gig_time();
  const interval = date && start && end ? gigInterval(date, start, end) : undefined;
  if (date) {
    const typed = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
    if (typed < helsinkiToday(now)) errors.date = m.error_gig_date_past();
    else if (interval && Date.parse(interval.startsAt) <= now.getTime())
      errors.startTime = m.error_gig_in_past();
  }

  const payCents = parseEuros(values.pay);
  if (payCents === null) errors.pay = m.error_pay();
  else if (payCents > MAX_PAY_CENTS) errors.pay = m.error_pay_range();

  const places = /^\d{1,3}$/.test(values.places) ? Number(values.places) : NaN;
  if (!(places >= 1 && places <= MAX_PLACES)) errors.places = m.error_places();

  if (Object.keys(errors).length > 0 || !interval || payCents === null || !isCategory(category)) {
    return { values, errors };
  }
  return {
    values,
    errors,
    body: {
      title: values.title,
      description: values.description,
      category,
      district: values.district,
      postalCode: values.postalCode,
      timeKind: 'fixed',
      startsAt: interval.startsAt,
      endsAt: interval.endsAt,
      estimatedMinutes: Math.round((Date.parse(interval.endsAt) - Date.parse(interval.startsAt)) / 60_000),
      payKind: 'per_gig',
      payCents,
      places,
      selection: 'first_come',
      skills: [],
      languages: [],
      physicalLoad: 'light',
      setting: 'outdoors',
      toolsProvided: false,
      accessibilityNotes: '',
      contactName: '',
      contactPhone: '',
      supported: false,
      supportPerson: '',
      supportNotes: '',
      withdrawHours: 24,
      attendanceHours: 12,
      publish,
    },
  };
}
