import fc from 'fast-check';
import { hashToken, newToken, normaliseEmail } from './tokens';

describe('tokens', () => {
  it('makes distinct URL-safe tokens of 43 characters', () => {
    const seen = new Set(Array.from({ length: 200 }, () => newToken()));
    expect(seen.size).toBe(200);
    for (const t of seen) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('hashes with the secret, so another secret gives another hash', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (token) => {
        expect(hashToken('a'.repeat(32), token)).not.toBe(hashToken('b'.repeat(32), token));
        expect(hashToken('a'.repeat(32), token)).toBe(hashToken('a'.repeat(32), token));
      }),
    );
  });

  it('normalises e-mail addresses to trimmed lower case', () => {
    expect(normaliseEmail('  Maija.Meikalainen@Example.FI ')).toBe('maija.meikalainen@example.fi');
  });
});
