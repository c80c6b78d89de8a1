import { requireUser } from '$lib/server/guards';
import type { LayoutServerLoad } from './$types';

// Any signed-in role.
export const load: LayoutServerLoad = ({ locals, url }) => {
  requireUser(locals, url);
};
