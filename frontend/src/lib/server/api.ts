// The API client for one request: it carries the caller's cookie and address, and the CSRF header the API asks for.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '$lib/api/schema';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  baseUrl: string;
  cookie: string | null;
  clientAddress: string;
  fetch?: typeof fetch;
}

export function createApiClient({
  baseUrl,
  cookie,
  clientAddress,
  fetch: fetchImpl = fetch,
}: ApiClientOptions): ApiClient {
  const headers: Record<string, string> = {
    'x-csrf-protection': '1',
    'x-forwarded-for': clientAddress,
  };
  if (cookie) headers.cookie = cookie;
  // Node's fetch, not event.fetch: event.fetch would add the page's Origin header, which the API
  // compares with PUBLIC_URL, and server-to-server calls have no browser origin.
  return createClient<paths>({ baseUrl, fetch: (request) => fetchImpl(request), headers });
}
