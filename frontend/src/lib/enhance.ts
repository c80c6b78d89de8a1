// Form enhancements shared by several pages.
import type { SubmitFunction } from '@sveltejs/kit';

/**
 * After a successful submit that redirects, load the next page in full instead of a client-side
 * navigation: used where the signed-in person or the language may change, so the whole page
 * (header, <html lang>, every message) follows.
 */
export const fullReloadOnRedirect: SubmitFunction = () => {
  return async ({ result, update }) => {
    if (result.type === 'redirect') {
      window.location.assign(result.location);
      return;
    }
    await update();
  };
};
