import { requireUser } from '$lib/server/guards';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => {
  requireUser(locals, url, ['organisation', 'coordinator', 'admin']);
};
