import { redirect } from '@sveltejs/kit';
import { homePath } from '$lib/navigation';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  if (locals.user) redirect(303, homePath(locals.user));
};
