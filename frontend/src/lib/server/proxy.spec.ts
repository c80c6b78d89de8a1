import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBackendPath, proxyToApi } from './proxy';

let server: Server;
let apiUrl: string;
let last: { method?: string; url?: string; headers: IncomingMessage['headers']; body: string };

beforeAll(async () => {
  server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    last = { method: req.method, url: req.url, headers: req.headers, body };
    if (req.url === '/api/auth/sign-out') {
      res.writeHead(204, { 'set-cookie': 'hh_session=; Path=/; Max-Age=0' });
      res.end();
      return;
    }
    res.writeHead(201, {
      'content-type': 'application/json',
      'set-cookie': ['hh_session=abc; Path=/; HttpOnly', 'other=1; Path=/'],
    });
    res.end(JSON.stringify({ ok: true }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('proxyToApi', () => {
  it('passes method, path, query, headers and body through, and the answer back as is', async () => {
    const url = new URL('http://localhost:3000/api/auth/password?x=1');
    const request = new Request(url, {
      method: 'POST',
      headers: {
        cookie: 'hh_session=old',
        'content-type': 'application/json',
        'x-csrf-protection': '1',
        origin: 'http://localhost:3000',
      },
      body: JSON.stringify({ email: 'a@b.fi' }),
    });
    const response = await proxyToApi(request, url, '203.0.113.7', apiUrl);

    expect(last.method).toBe('POST');
    expect(last.url).toBe('/api/auth/password?x=1');
    expect(last.body).toBe('{"email":"a@b.fi"}');
    expect(last.headers.cookie).toBe('hh_session=old');
    expect(last.headers['x-csrf-protection']).toBe('1');
    expect(last.headers.origin).toBe('http://localhost:3000');
    expect(last.headers['x-forwarded-for']).toBe('203.0.113.7');
    expect(last.headers.host).toBe(new URL(apiUrl).host);

    expect(response.status).toBe(201);
    expect(response.headers.getSetCookie()).toEqual(['hh_session=abc; Path=/; HttpOnly', 'other=1; Path=/']);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('replaces a forwarded-for header sent by the browser', async () => {
    const url = new URL('http://localhost:3000/api/me');
    await proxyToApi(
      new Request(url, { headers: { 'x-forwarded-for': '1.2.3.4' } }),
      url,
      '203.0.113.7',
      apiUrl,
    );
    expect(last.headers['x-forwarded-for']).toBe('203.0.113.7');
  });

  it('passes on an answer without a body', async () => {
    const url = new URL('http://localhost:3000/api/auth/sign-out');
    const response = await proxyToApi(new Request(url, { method: 'POST' }), url, '127.0.0.1', apiUrl);
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie()).toEqual(['hh_session=; Path=/; Max-Age=0']);
  });

  it('answers 502 when the API is down', async () => {
    const url = new URL('http://localhost:3000/api/me');
    const response = await proxyToApi(new Request(url), url, '127.0.0.1', 'http://127.0.0.1:1');
    expect(response.status).toBe(502);
  });
});

describe('isBackendPath', () => {
  it('sends the API and the queue dashboard to the backend', () => {
    for (const path of [
      '/api',
      '/api/me',
      '/api/gigs/1/booking',
      '/admin/queues',
      '/admin/queues/',
      '/admin/queues/static/main.js',
      '/admin/queues/api/queues',
    ]) {
      expect(isBackendPath(path), path).toBe(true);
    }
  });

  it('keeps the pages of this app, including look-alike paths', () => {
    for (const path of [
      '/',
      '/apis',
      '/api-docs',
      '/gigs',
      '/admin/coordinators',
      '/admin/queuesx',
      '/admin',
      '/notifications',
    ]) {
      expect(isBackendPath(path), path).toBe(false);
    }
  });
});
