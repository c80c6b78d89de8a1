import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores argon2id and verifies only the right password', async () => {
    const h = await hashPassword('oikea-salasana-123');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'oikea-salasana-123')).toBe(true);
    expect(await verifyPassword(h, 'väärä-salasana-123')).toBe(false);
  });

  it('refuses when there is no password at all', async () => {
    expect(await verifyPassword(null, 'anything-at-all')).toBe(false);
  });
});
