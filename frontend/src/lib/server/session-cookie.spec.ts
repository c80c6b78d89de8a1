import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { forwardSessionCookie } from './session-cookie';

function fakeCookies() {
  return { set: vi.fn(), delete: vi.fn() } as unknown as Cookies & {
    set: ReturnType<typeof vi.fn>;
    delete: ReturnType<typeof vi.fn>;
  };
}

function apiResponse(...setCookies: string[]): Response {
  const headers = new Headers();
  for (const value of setCookies) headers.append('set-cookie', value);
  return new Response(null, { status: 200, headers });
}

const http = new URL('http://localhost:3000/sign-in');
const https = new URL('https://hanttihommat.fi/sign-in');
const now = new Date('2026-06-01T12:00:00Z');

describe('forwardSessionCookie', () => {
  it('sets the session cookie with the API value and lifetime', () => {
    const cookies = fakeCookies();
    forwardSessionCookie(
      apiResponse('hh_session=abc.123%2F; Path=/; HttpOnly; SameSite=Lax; Max-Age=2592000'),
      cookies,
      http,
      now,
    );
    expect(cookies.set).toHaveBeenCalledOnce();
    const [name, value, options] = cookies.set.mock.calls[0];
    expect(name).toBe('hh_session');
    expect(value).toBe('abc.123%2F');
    expect(options).toMatchObject({
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: false,
      maxAge: 2592000,
    });
    expect(options.encode('abc.123%2F')).toBe('abc.123%2F');
  });

  it('marks the cookie secure on https', () => {
    const cookies = fakeCookies();
    forwardSessionCookie(apiResponse('hh_session=abc; Path=/; Secure; HttpOnly'), cookies, https, now);
    expect(cookies.set.mock.calls[0][2]).toMatchObject({ secure: true });
    expect(cookies.set.mock.calls[0][2]).not.toHaveProperty('maxAge');
  });

  it('turns Expires into a lifetime in seconds', () => {
    const cookies = fakeCookies();
    forwardSessionCookie(
      apiResponse('hh_session=abc; Path=/; Expires=Mon, 01 Jun 2026 13:00:00 GMT'),
      cookies,
      http,
      now,
    );
    expect(cookies.set.mock.calls[0][2]).toMatchObject({ maxAge: 3600 });
  });

  it('deletes the cookie when the API clears it', () => {
    for (const header of [
      'hh_session=; Path=/; Max-Age=0',
      'hh_session=old; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
      'hh_session=; Path=/; HttpOnly',
    ]) {
      const cookies = fakeCookies();
      forwardSessionCookie(apiResponse(header), cookies, http, now);
      expect(cookies.delete).toHaveBeenCalledWith(
        'hh_session',
        expect.objectContaining({ path: '/', secure: false }),
      );
      expect(cookies.set).not.toHaveBeenCalled();
    }
  });

  it('leaves other cookies and responses without cookies alone', () => {
    const cookies = fakeCookies();
    forwardSessionCookie(apiResponse('tracking=1; Path=/', 'hh_session_other=2'), cookies, http, now);
    forwardSessionCookie(apiResponse(), cookies, http, now);
    expect(cookies.set).not.toHaveBeenCalled();
    expect(cookies.delete).not.toHaveBeenCalled();
  });

  it('finds the session cookie among several Set-Cookie headers', () => {
    const cookies = fakeCookies();
    forwardSessionCookie(apiResponse('a=1; Path=/', 'hh_session=xyz; Path=/; HttpOnly'), cookies, http, now);
    expect(cookies.set).toHaveBeenCalledWith(
      'hh_session',
      'xyz',
      expect.objectContaining({ httpOnly: true }),
    );
  });
});
