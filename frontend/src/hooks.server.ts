// Every request passes here: /api/* and the queue dashboard (/admin/queues) go straight to the backend;
// pages get the language, a per-request API client, the signed-in user and the security headers.
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { m } from '$lib/paraglide/messages';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { createApiClient } from '$lib/server/api';
import { apiUrl } from '$lib/server/config';
import { isBackendPath, proxyToApi } from '$lib/server/proxy';
import { SESSION_COOKIE, clearSessionCookie } from '$lib/server/session-cookie';

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  // same-origin: a sign-in link's token never leaks to another site in the Referer header.
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

// The page CSP comes from svelte.config.js and SvelteKit puts it on rendered pages only, so the backend's
// answers (the queue dashboard has its own scripts and styles) pass through without it. These headers are
// only added where the answer has none of its own.
const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  // Pages of a signed-in person are theirs alone: no shared or back-button caches.
  if (event.locals.user && !response.headers.has('cache-control')) {
    response.headers.set('cache-control', 'private, no-store');
  }
  return response;
};

const handleBackendProxy: Handle = async ({ event, resolve }) => {
  if (isBackendPath(event.url.pathname)) {
    return proxyToApi(event.request, event.url, event.getClientAddress(), apiUrl());
  }
  return resolve(event);
};

const handleParaglide: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ request, locale }) => {
    event.request = request;
    return resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale),
    });
  });

const handleSession: Handle = async ({ event, resolve }) => {
  event.locals.api = createApiClient({
    baseUrl: apiUrl(),
    cookie: event.request.headers.get('cookie'),
    clientAddress: event.getClientAddress(),
  });
  event.locals.user = null;
  if (event.cookies.get(SESSION_COOKIE)) {
    try {
      const { data, response } = await event.locals.api.GET('/api/me');
      if (data) {
        event.locals.user = data;
      } else if (response.status === 401) {
        // The session has ended on the server; drop the stale cookie.
        clearSessionCookie(event.cookies, event.url);
      } else {
        console.error('GET /api/me answered', response.status);
      }
    } catch (error) {
      console.error('GET /api/me failed: is the API running at', apiUrl(), '?', error);
    }
  }
  return resolve(event);
};

export const handle = sequence(handleSecurityHeaders, handleBackendProxy, handleParaglide, handleSession);

export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status !== 404) console.error('Unexpected error on', event.url.pathname, error);
  return { message: status === 404 ? m.error_not_found() : m.error_generic() };
};
