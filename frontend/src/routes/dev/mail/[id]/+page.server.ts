import { unwrap } from '$lib/server/results';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, parent }) => {
  await parent(); // 404 in production
  const mail = unwrap(
    await locals.api.GET('/api/dev/mail/{id}', { params: { path: { id: params.id } } }),
    url,
  );
  // Only the text part goes to the page: the HTML part is not rendered, so nothing in a mail can run here.
  return { mail: { id: mail.id, to: mail.to, subject: mail.subject, date: mail.date, text: mail.text } };
};
