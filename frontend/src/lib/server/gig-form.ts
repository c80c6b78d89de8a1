// Reads the gig form (posting and editing): checks what can be checked here, and turns the dates, clock times,
// hours and euros people type into what the API takes (ISO instants, minutes and integer cents). The API
// checks everything again; its field errors come back on the same fields (GIG_FORM_RENAME).
import type { FormErrors } from '$lib/api/errors';
import type { CreateGig, OrgGig } from '$lib/api/types';
import {
  gigInterval,
  helsinkiInputs,
  helsinkiToday,
  helsinkiToIso,
  parseDateInput,
  parseTimeInput,
} from '$lib/dates';
import { parseEuros } from '$lib/money';
import {
  ATTENDANCE_HOURS,
  LANGUAGES,
  LOADS,
  PAY_KINDS,
  SELECTIONS,
  SETTINGS,
  TIME_KINDS,
  WITHDRAW_HOURS,
} from '$lib/gig-form-options';
import { m } from '$lib/paraglide/messages';
import { field } from './forms';
import type { FormValues } from './results';

/** The gig's fields without the posting options (publish, repeat, copy): what an edit sends. */
export type GigFields = Omit<CreateGig, 'publish' | 'repeatWeeks' | 'copiedFromId'>;

/** The text inputs of the form, in page order; checkboxes and the language group are read apart. */
export const GIG_FORM_FIELDS = [
  'title',
  'description',
  'category',
  'district',
  'postalCode',
  'streetAddress',
  'timeKind',
  'date',
  'startTime',
  'endDate',
  'endTime',
  'estimatedHours',
  'payKind',
  'pay',
  'places',
  'selection',
  'physicalLoad',
  'setting',
  'skills',
  'accessibilityNotes',
  'contactName',
  'contactPhone',
  'supportPerson',
  'supportNotes',
  'withdrawHours',
  'attendanceHours',
  'repeatWeeks',
] as const;

/** The API's names for the fields that the form names differently. */
export const GIG_FORM_RENAME: Readonly<Record<string, string>> = {
  startsAt: 'startTime',
  endsAt: 'endTime',
  payCents: 'pay',
  estimatedMinutes: 'estimatedHours',
};

// The API's limits (backend/src/gigs/dto/gig.dto.ts), checked here too so the answer comes at once.
const MAX = {
  title: 120,
  description: 2000,
  district: 100,
  streetAddress: 200,
  notes: 500,
  name: 100,
  support: 1000,
};
const MAX_PAY_CENTS = 100_000;
const MAX_PLACES = 50;

export interface GigForm {
  values: FormValues;
  /** The checked boxes: languages, and toolsProvided / supported as 'true'. */
  checked: string[];
  errors: FormErrors;
  /** The request to send, when nothing was wrong. */
  body?: GigFields & { publish: boolean; repeatWeeks: number; copiedFromId?: string };
}

const oneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** "2", "2,5", "1.75", "0,5 h" → minutes; null when it is not a duration of 15 min to 24 h. */
export function parseHours(text: string): number | null {
  const match = /^(\d{1,2})(?:[.,](\d{1,2}))?\s*h?$/i.exec(text.trim());
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Math.round(Number(`0.${match[2] ?? '0'}`) * 60);
  return minutes >= 15 && minutes <= 1440 ? minutes : null;
}

export function readGigForm(data: FormData, now: Date = new Date()): GigForm {
  const values: FormValues = {};
  for (const name of GIG_FORM_FIELDS) values[name] = field(data, name);
  const languages = data
    .getAll('languages')
    .filter((v): v is string => typeof v === 'string' && oneOf(LANGUAGES, v));
  const toolsProvided = field(data, 'toolsProvided') === 'true';
  const supported = field(data, 'supported') === 'true';
  const checked = [
    ...languages,
    ...(toolsProvided ? ['toolsProvided'] : []),
    ...(supported ? ['supported'] : []),
  ];
  const publish = field(data, 'publish') === 'true';
  const copiedFromId = field(data, 'copiedFromId') || undefined;
  const errors: FormErrors = {};

  const text = (name: string, max: number, required = true) => {
    if (required && !values[name]) errors[name] = m.error_required();
    else if (values[name].length > max) errors[name] = m.error_too_long();
  };
  text('title', MAX.title);
  text('description', MAX.description);
  if (!values.category) errors.category = m.error_required_choice();
  text('district', MAX.district);
  if (!/^[0-9]{5}$/.test(values.postalCode)) errors.postalCode = m.error_postal_code();
  text('streetAddress', MAX.streetAddress, false);
  text('accessibilityNotes', MAX.notes, false);
  text('contactName', MAX.name, false);
  text('supportPerson', MAX.name, false);
  text('supportNotes', MAX.support, false);
  if (values.contactPhone && !/^\+?[0-9][0-9 -]{4,28}$/.test(values.contactPhone))
    errors.contactPhone = m.error_phone();
  if (supported && !values.supportPerson) errors.supportPerson = m.error_support_person();

  const timeKind = oneOf(TIME_KINDS, values.timeKind) ? values.timeKind : null;
  if (!timeKind) errors.timeKind = m.error_required_choice();
  const date = parseDateInput(values.date);
  const start = parseTimeInput(values.startTime);
  const end = parseTimeInput(values.endTime);
  const endDate = timeKind === 'window' ? parseDateInput(values.endDate) : date;
  if (!date) errors.date = m.error_gig_date();
  if (!start) errors.startTime = m.error_gig_time();
  if (!end) errors.endTime = m.error_gig_time();
  if (timeKind === 'window' && !endDate) errors.endDate = m.error_gig_date();
  let interval: { startsAt: string; endsAt: string } | undefined;
  if (date && start && end && endDate) {
    interval =
      timeKind === 'window'
        ? { startsAt: helsinkiToIso(date, start), endsAt: helsinkiToIso(endDate, end) }
        : gigInterval(date, start, end);
    const typed = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
    if (typed < helsinkiToday(now)) errors.date = m.error_gig_date_past();
    else if (Date.parse(interval.startsAt) <= now.getTime()) errors.startTime = m.error_gig_in_past();
    else if (Date.parse(interval.endsAt) <= Date.parse(interval.startsAt))
      errors.endTime = m.error_gig_before_start();
  }
  // The estimate defaults to the whole time of a fixed gig.
  const span = interval
    ? Math.round((Date.parse(interval.endsAt) - Date.parse(interval.startsAt)) / 60_000)
    : 0;
  const estimatedMinutes = values.estimatedHours
    ? parseHours(values.estimatedHours)
    : timeKind === 'fixed'
      ? Math.min(span, 1440)
      : null;
  if (estimatedMinutes === null || estimatedMinutes < 15) errors.estimatedHours = m.error_hours();

  const payKind = oneOf(PAY_KINDS, values.payKind) ? values.payKind : null;
  if (!payKind) errors.payKind = m.error_required_choice();
  const payCents = parseEuros(values.pay);
  if (payCents === null || payCents < 1) errors.pay = m.error_pay();
  else if (payCents > MAX_PAY_CENTS) errors.pay = m.error_pay_range();

  const places = /^\d{1,3}$/.test(values.places) ? Number(values.places) : NaN;
  if (!(places >= 1 && places <= MAX_PLACES)) errors.places = m.error_places();
  const selection = oneOf(SELECTIONS, values.selection) ? values.selection : null;
  if (!selection) errors.selection = m.error_required_choice();
  const physicalLoad = oneOf(LOADS, values.physicalLoad) ? values.physicalLoad : null;
  if (!physicalLoad) errors.physicalLoad = m.error_required_choice();
  const setting = oneOf(SETTINGS, values.setting) ? values.setting : null;
  if (!setting) errors.setting = m.error_required_choice();
  const withdrawHours = oneOf(WITHDRAW_HOURS, values.withdrawHours) ? Number(values.withdrawHours) : null;
  if (withdrawHours === null) errors.withdrawHours = m.error_required_choice();
  const attendanceHours = oneOf(ATTENDANCE_HOURS, values.attendanceHours)
    ? Number(values.attendanceHours)
    : null;
  if (attendanceHours === null) errors.attendanceHours = m.error_required_choice();
  const repeatWeeks =
    values.repeatWeeks === '' ? 0 : /^\d{1,2}$/.test(values.repeatWeeks) ? Number(values.repeatWeeks) : NaN;
  if (!(repeatWeeks >= 0 && repeatWeeks <= 12)) errors.repeatWeeks = m.error_invalid_choice();

  const skills = values.skills
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (skills.length > 10 || skills.some((s) => s.length > 40 || !/^[\p{L}\p{N}][\p{L}\p{N} '-]*$/u.test(s)))
    errors.skills = m.error_skills();

  if (
    Object.keys(errors).length > 0 ||
    !interval ||
    !timeKind ||
    estimatedMinutes === null ||
    !payKind ||
    payCents === null ||
    !selection ||
    !physicalLoad ||
    !setting ||
    withdrawHours === null ||
    attendanceHours === null
  ) {
    return { values, checked, errors };
  }
  return {
    values,
    checked,
    errors,
    body: {
      title: values.title,
      description: values.description,
      category: values.category,
      district: values.district,
      postalCode: values.postalCode,
      ...(values.streetAddress ? { streetAddress: values.streetAddress } : {}),
      timeKind,
      startsAt: interval.startsAt,
      endsAt: interval.endsAt,
      estimatedMinutes,
      payKind,
      payCents,
      places,
      selection,
      skills,
      languages,
      physicalLoad,
      setting,
      toolsProvided,
      accessibilityNotes: values.accessibilityNotes,
      contactName: values.contactName,
      contactPhone: values.contactPhone,
      supported,
      supportPerson: values.supportPerson,
      supportNotes: values.supportNotes,
      withdrawHours,
      attendanceHours,
      publish,
      repeatWeeks,
      ...(copiedFromId ? { copiedFromId } : {}),
    },
  };
}

/** A gig's fields as the form's values: for editing it, or (`copy`) for a new gig like it, dates left to choose. */
export function gigFormValues(gig: OrgGig, copy = false): { values: FormValues; checked: string[] } {
  const start = helsinkiInputs(gig.startsAt);
  const end = helsinkiInputs(gig.endsAt);
  const hours = gig.estimatedMinutes / 60;
  const values: FormValues = {
    title: gig.title,
    description: gig.description,
    category: gig.category,
    district: gig.district,
    postalCode: gig.postalCode ?? '',
    streetAddress: gig.streetAddress ?? '',
    timeKind: gig.timeKind,
    date: copy ? '' : start.date,
    startTime: start.time,
    endDate: copy || gig.timeKind !== 'window' ? '' : end.date,
    endTime: end.time,
    estimatedHours: Number.isInteger(hours)
      ? String(hours)
      : hours.toFixed(2).replace(/0$/, '').replace('.', ','),
    payKind: gig.payKind,
    pay: centsToInput(gig.payCents),
    places: String(gig.places),
    selection: gig.selection,
    physicalLoad: gig.physicalLoad,
    setting: gig.setting,
    skills: gig.skills.join(', '),
    accessibilityNotes: gig.accessibilityNotes,
    contactName: gig.contactName,
    contactPhone: gig.contactPhone,
    supportPerson: gig.supportPerson,
    supportNotes: gig.supportNotes,
    withdrawHours: String(gig.withdrawHours),
    attendanceHours: String(gig.attendanceHours),
    repeatWeeks: '0',
  };
  const checked = [
    ...gig.languages,
    ...(gig.toolsProvided ? ['toolsProvided'] : []),
    ...(gig.supported ? ['supported'] : []),
  ];
  return { values, checked };
}

/** Cents as people type euros: 4550 → "45,50", 4500 → "45". */
function centsToInput(cents: number): string {
  const rest = cents % 100;
  const euros = (cents - rest) / 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

/** The values a new gig's form starts with. */
export const NEW_GIG_VALUES: FormValues = {
  timeKind: 'fixed',
  payKind: 'per_gig',
  places: '1',
  selection: 'first_come',
  physicalLoad: 'light',
  setting: 'outdoors',
  withdrawHours: '24',
  attendanceHours: '12',
  repeatWeeks: '0',
};
