import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { setFlash, takeFlash } from './flash';

function jar(): Cookies {
  const values = new Map<string, string>();
  return {
    get: (name: string) => values.get(name),
    set: (name: string, value: string) => void values.set(name, value),
    delete: (name: string) => void values.delete(name),
  } as unknown as Cookies;
}

const url = (path: string) => new URL(`http://localhost:3000${path}`);

describe('flash', () => {
  it('gives the message to the page it was left for, once', () => {
    const cookies = jar();
    setFlash(cookies, url('/org/1/gigs/new'), '/org/1/gigs/2', 'published');
    expect(takeFlash(cookies, url('/org/1/gigs/2'))).toBe('published');
    expect(takeFlash(cookies, url('/org/1/gigs/2'))).toBeNull();
  });

  it('keeps a message meant for another page', () => {
    const cookies = jar();
    setFlash(cookies, url('/gigs/1'), '/gigs/1', 'booked');
    expect(takeFlash(cookies, url('/gigs/2'))).toBeNull();
    expect(takeFlash(cookies, url('/gigs/1'))).toBe('booked');
  });

  it('has nothing to say without a cookie', () => {
    expect(takeFlash(jar(), url('/gigs/1'))).toBeNull();
  });
});
