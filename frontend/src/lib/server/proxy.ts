// Passes the browser's /api/* requests (and the queue dashboard) to the backend, so the browser talks to
// one origin only.

// The backend's own addresses: its API, and the queue dashboard (Bull Board), which checks the admin
// session itself.
const BACKEND_PREFIXES = ['/api', '/admin/queues'];

/** Whether a path is answered by the backend rather than by a page of this app. */
export function isBackendPath(pathname: string): boolean {
  return BACKEND_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

// Headers that belong to one connection, or that Node's fetch sets itself.
const REQUEST_HEADERS_TO_DROP = [
  'connection',
  'keep-alive',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  // Ask for an uncompressed answer: Node's fetch would decompress it and the length headers would lie.
  'accept-encoding',
];
const RESPONSE_HEADERS_TO_DROP = [
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-encoding',
  'content-length',
];
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export async function proxyToApi(
  request: Request,
  url: URL,
  clientAddress: string,
  apiUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<Response> {
  const target = new URL(url.pathname + url.search, apiUrl);
  const headers = new Headers(request.headers);
  for (const name of REQUEST_HEADERS_TO_DROP) headers.delete(name);
  headers.set('x-forwarded-for', clientAddress);

  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let upstream: Response;
  try {
    upstream = await fetchImpl(target, {
      method: request.method,
      headers,
      body: hasBody ? request.body : undefined,
      redirect: 'manual',
      // Streams the request body through; Node's fetch requires this for a stream body.
      duplex: 'half',
    } as RequestInit);
  } catch (error) {
    console.error('API proxy: the API did not answer', target.pathname, error);
    return Response.json(
      { statusCode: 502, error: 'Bad Gateway', message: 'The API is not reachable.' },
      { status: 502 },
    );
  }

  const responseHeaders = new Headers(upstream.headers);
  for (const name of RESPONSE_HEADERS_TO_DROP) responseHeaders.delete(name);
  return new Response(NULL_BODY_STATUSES.has(upstream.status) ? null : upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: responseHeaders,
  });
}
