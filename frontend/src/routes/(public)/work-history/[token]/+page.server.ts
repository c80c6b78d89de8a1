import { unwrap } from '$lib/server/results';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, setHeaders }) => {
  // A secret in the address: never cached, never indexed, never sent on as a referrer.
  setHeaders({
    'cache-control': 'private, no-store',
    'x-robots-tag': 'noindex',
    'referrer-policy': 'no-referrer',
  });
  const history = unwrap(
    await locals.api.GET('/api/work-history/{token}', { params: { path: { token: params.token } } }),
    url,
  );
  return { history };
};
