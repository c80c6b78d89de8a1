import { redirect } from '@sveltejs/kit';
import type { FormErrors } from '$lib/api/errors';
import type { MatchCategory } from '$lib/api/types';
import { GIG_CATEGORIES } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { isLocale } from '$lib/paraglide/runtime';
import { field, looksLikeEmail, password } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { setLocaleCookie } from '$lib/server/locale-cookie';
import { apiFailure, invalid, unwrap } from '$lib/server/results';
import { clearSessionCookie, forwardSessionCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, parent, locals }) => {
  const { user } = await parent();
  if (!user) redirect(303, '/sign-in'); // the group's guard has already done this; narrows the type
  // Only job seekers hear about new gigs, so only they choose the kinds of work.
  const matching =
    user.role === 'seeker' ? unwrap(await locals.api.GET('/api/me/match-preferences'), url) : null;
  // Job seekers download their data and may ask to be erased (a coordinator carries it out).
  const erasure = user.role === 'seeker' ? unwrap(await locals.api.GET('/api/me/erasure'), url) : null;
  return {
    me: user,
    saved: url.searchParams.get('saved'),
    matchCategories: matching?.categories ?? null,
    erasure,
  };
};

export const actions: Actions = {
  details: async ({ request, locals, cookies, url }) => {
    requireUser(locals, url);
    const data = await request.formData();
    const values = { name: field(data, 'name'), locale: field(data, 'locale') };
    const errors: FormErrors = {};
    if (!values.name) errors.name = m.error_required();
    const locale = values.locale;
    if (!isLocale(locale)) errors.locale = m.error_required_choice();
    if (Object.keys(errors).length > 0 || !isLocale(locale))
      return invalid({ form: 'details', values, errors });

    const result = await locals.api.PATCH('/api/me', { body: { name: values.name, locale } });
    if (!result.response.ok) return apiFailure(result, { form: 'details', values }, ['name', 'locale']);

    setLocaleCookie(cookies, locale, url);
    redirect(303, '/profile?saved=details');
  },

  /** Mails a link that makes the address the account's once opened. */
  email: async ({ request, locals, url }) => {
    requireUser(locals, url);
    const values = { email: field(await request.formData(), 'email') };
    if (!values.email) return invalid({ form: 'email', values, errors: { email: m.error_required() } });
    if (!looksLikeEmail(values.email))
      return invalid({ form: 'email', values, errors: { email: m.error_email() } });
    const result = await locals.api.POST('/api/me/email', { body: { email: values.email } });
    if (!result.response.ok) return apiFailure(result, { form: 'email', values }, ['email']);
    redirect(303, '/profile?saved=email');
  },

  password: async ({ request, locals, url }) => {
    const user = requireUser(locals, url);
    const data = await request.formData();
    const newPassword = password(data, 'newPassword');
    const currentPassword = password(data, 'currentPassword');
    const errors: FormErrors = {};
    // The current password may be left out just after signing in with a link (the API checks how fresh).
    if (!newPassword) errors.newPassword = m.error_required();
    else if (newPassword.length < 10) errors.newPassword = m.error_password_too_short();
    else if (newPassword.length > 200) errors.newPassword = m.error_too_long();
    // Passwords are never sent back to the page.
    if (Object.keys(errors).length > 0) return invalid({ form: 'password', values: {}, errors });

    const result = await locals.api.PUT('/api/me/password', {
      body: { newPassword, ...(user.hasPassword && currentPassword ? { currentPassword } : {}) },
    });
    if (!result.response.ok) {
      return apiFailure(result, { form: 'password', values: {} }, ['currentPassword', 'newPassword']);
    }

    redirect(303, '/profile?saved=password');
  },

  matching: async ({ request, locals, url }) => {
    requireUser(locals, url, ['seeker']);
    const data = await request.formData();
    const chosen = data.getAll('categories').filter((value): value is string => typeof value === 'string');
    const categories = GIG_CATEGORIES.filter((category: MatchCategory) => chosen.includes(category));
    const result = await locals.api.PUT('/api/me/match-preferences', { body: { categories } });
    if (!result.response.ok) {
      return apiFailure(result, { form: 'matching', values: { categories: categories.join(',') } }, []);
    }
    redirect(303, '/profile?saved=matching');
  },

  erasure: async ({ locals, url }) => {
    requireUser(locals, url, ['seeker']);
    const result = await locals.api.POST('/api/me/erasure');
    if (!result.response.ok) return apiFailure(result, { form: 'erasure', values: {} }, []);
    redirect(303, '/profile?saved=erasure');
  },

  signOutEverywhere: async ({ locals, cookies, url }) => {
    requireUser(locals, url);
    const result = await locals.api.POST('/api/auth/sign-out-everywhere');
    if (!result.response.ok && result.response.status !== 401) {
      return apiFailure(result, { form: 'signOutEverywhere', values: {} }, []);
    }
    forwardSessionCookie(result.response, cookies, url);
    clearSessionCookie(cookies, url);
    redirect(303, '/');
  },
};
