// Words for the API's fixed values (categories, statuses, kinds, languages) in the reader's language.
import type { Gig, OrganisationKind } from '$lib/api/types';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

// Typed by the API's enums: a value added to the API fails the type check here until it has words.
const categories: Record<Gig['category'], () => string> = {
  yard: m.category_yard,
  moving: m.category_moving,
  events: m.category_events,
  errands: m.category_errands,
  cleaning: m.category_cleaning,
  snow: m.category_snow,
  it: m.category_it,
};

const statuses: Record<Gig['status'], () => string> = {
  draft: m.status_draft,
  published: m.status_published,
  cancelled: m.status_cancelled,
  completed: m.status_completed,
  expired: m.status_expired,
};

const kinds: Record<OrganisationKind, () => string> = {
  association: m.kind_association,
  household: m.kind_household,
  company: m.kind_company,
};

const languages: Record<Locale, () => string> = {
  fi: m.language_fi,
  sv: m.language_sv,
  en: m.language_en,
};

// An unknown value (a newer API than this page) is shown as is rather than hidden.
const label = (words: Record<string, () => string>, value: string): string =>
  Object.hasOwn(words, value) ? words[value]() : value;

export const categoryLabel = (value: string): string => label(categories, value);
export const statusLabel = (value: string): string => label(statuses, value);
export const kindLabel = (value: string): string => label(kinds, value);
export const languageName = (locale: Locale): string => languages[locale]();
