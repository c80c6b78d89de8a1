import { redirect } from '@sveltejs/kit';
import type { MatchCategory, WorkProfile } from '$lib/api/types';
import { parseDay } from '$lib/dates';
import { GIG_CATEGORIES } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { setFlash, takeFlash } from '$lib/server/flash';
import { field, list } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { apiFailure, invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent, cookies }) => {
  await parent(); // the group's guard first
  requireUser(locals, url, ['seeker']);
  return {
    profile: unwrap(await locals.api.GET('/api/me/work-profile'), url),
    done: takeFlash(cookies, url),
  };
};

const TRAVEL = ['own_area', 'nearby', 'anywhere'] as const;
const LOADS = ['light', 'moderate', 'heavy'] as const;

export const actions: Actions = {
  default: async ({ locals, url, request, cookies }) => {
    requireUser(locals, url, ['seeker']);
    const data = await request.formData();
    const all = (name: string) => data.getAll(name).filter((v): v is string => typeof v === 'string');
    const values = {
      postalCodes: field(data, 'postalCodes'),
      travel: field(data, 'travel'),
      skills: field(data, 'skills'),
      daysOff: field(data, 'daysOff'),
      maxLoad: field(data, 'maxLoad'),
      accessibilityNeeds: field(data, 'accessibilityNeeds'),
      wantsSupported: field(data, 'wantsSupported'),
      birthYear: field(data, 'birthYear'),
      homeLatitude: field(data, 'homeLatitude'),
      homeLongitude: field(data, 'homeLongitude'),
      maxKm: field(data, 'maxKm'),
    };
    const checked = [...all('categories'), ...all('languages'), ...all('availability')];
    const errors: Record<string, string> = {};
    const postalCodes = list(values.postalCodes);
    if (postalCodes.some((code) => !/^\d{5}$/.test(code))) errors.postalCodes = m.error_postal_code();
    const days = list(values.daysOff).map((text) => parseDay(text));
    if (days.some((d) => d === null)) errors.daysOff = m.profile_error_days_off();
    const birthYear = values.birthYear ? Number(values.birthYear) : null;
    if (birthYear !== null && !Number.isInteger(birthYear)) errors.birthYear = m.profile_error_birth_year();
    // Decimal commas as typed in Finland and Sweden; empty means not given.
    const decimal = (text: string) => (text ? Number(text.replace(',', '.')) : null);
    const homeLatitude = decimal(values.homeLatitude);
    const homeLongitude = decimal(values.homeLongitude);
    if (Number.isNaN(homeLatitude)) errors.homeLatitude = m.profile_error_number();
    if (Number.isNaN(homeLongitude)) errors.homeLongitude = m.profile_error_number();
    const maxKm = values.maxKm ? Number(values.maxKm) : null;
    if (maxKm !== null && !Number.isInteger(maxKm)) errors.maxKm = m.profile_error_km();
    const travel = TRAVEL.find((t) => t === values.travel);
    const maxLoad = LOADS.find((l) => l === values.maxLoad);
    if (!travel) errors.travel = m.error_required_choice();
    if (!maxLoad) errors.maxLoad = m.error_required_choice();
    if (Object.keys(errors).length || !travel || !maxLoad) return invalid({ values, checked, errors });
    const result = await locals.api.PUT('/api/me/work-profile', {
      body: {
        categories: GIG_CATEGORIES.filter((c: MatchCategory) => all('categories').includes(c)),
        postalCodes,
        travel,
        skills: list(values.skills),
        languages: all('languages'),
        availability: all('availability') as WorkProfile['availability'],
        daysOff: days.filter((d): d is string => d !== null),
        maxLoad,
        accessibilityNeeds: values.accessibilityNeeds,
        wantsSupported: values.wantsSupported === 'yes',
        birthYear,
        homeLatitude,
        homeLongitude,
        maxKm,
      },
    });
    if (!result.response.ok)
      return apiFailure(result, { values, checked }, [
        'postalCodes',
        'travel',
        'skills',
        'languages',
        'availability',
        'daysOff',
        'maxLoad',
        'accessibilityNeeds',
        'birthYear',
        'homeLatitude',
        'homeLongitude',
        'maxKm',
      ]);
    setFlash(cookies, url, '/work-profile', 'saved');
    redirect(303, '/work-profile');
  },
};
