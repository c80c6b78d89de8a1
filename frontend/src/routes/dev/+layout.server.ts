import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { isProduction } from '$lib/server/config';
import type { LayoutServerLoad } from './$types';

// The development mailbox does not exist in production.
export const load: LayoutServerLoad = () => {
  if (isProduction()) error(404, { message: m.error_not_found() });
};
