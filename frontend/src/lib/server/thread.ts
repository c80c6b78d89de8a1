// The actions behind a gig's conversation page, shared by the seeker's and the organisation's.
import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { field } from './forms';
import { apiFailure, invalid } from './results';

/** Reads the message from the form, sends it with `post`, and shows the thread again. */
export async function sendMessage(
  request: Request,
  url: URL,
  post: (body: string) => Promise<{ error?: unknown; response: Response }>,
) {
  const data = await request.formData();
  const body = field(data, 'body');
  if (!body) return invalid({ values: { body }, errors: { body: m.error_required() } });
  const result = await post(body);
  if (!result.response.ok) return apiFailure(result, { values: { body } }, ['body']);
  redirect(303, url.pathname);
}
