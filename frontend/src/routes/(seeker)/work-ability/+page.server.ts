// The seeker's work-ability self-assessment: four questions from 1 to 5, at the start and every three months.
import { redirect } from '@sveltejs/kit';
import type { FormErrors } from '$lib/api/errors';
import { WORK_ABILITY_QUESTIONS } from '$lib/coordination';
import { m } from '$lib/paraglide/messages';
import { setFlash, takeFlash } from '$lib/server/flash';
import { field } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { apiFailure, invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent, cookies }) => {
  await parent(); // the group's guard: seekers
  const mine = unwrap(await locals.api.GET('/api/me/work-ability'), url);
  return { mine, saved: takeFlash(cookies, url) === 'saved' };
};

export const actions: Actions = {
  default: async ({ request, locals, url, cookies }) => {
    requireUser(locals, url, ['seeker']);
    const data = await request.formData();
    const values = Object.fromEntries(WORK_ABILITY_QUESTIONS.map((q) => [q, field(data, q)]));
    const errors: FormErrors = {};
    const scores: Record<string, number> = {};
    for (const q of WORK_ABILITY_QUESTIONS) {
      const n = Number(values[q]);
      if (!values[q] || !Number.isInteger(n) || n < 1 || n > 5) errors[q] = m.work_ability_error();
      else scores[q] = n;
    }
    if (Object.keys(errors).length > 0) return invalid({ values, errors });
    const result = await locals.api.POST('/api/me/work-ability', {
      body: {
        coping: scores.coping,
        routines: scores.routines,
        confidence: scores.confidence,
        skills: scores.skills,
      },
    });
    if (!result.response.ok) return apiFailure(result, { values }, [...WORK_ABILITY_QUESTIONS]);
    setFlash(cookies, url, '/work-ability', 'saved');
    redirect(303, '/work-ability');
  },
};
