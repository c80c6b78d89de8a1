// The session cache (src/accounts/session-cache.ts) answers reading requests without asking PostgreSQL, and
// never outlives what it caches: a change made anywhere reaches it by NOTIFY, a person's own change holds from
// their next request, and while it cannot listen it is off.
import { SessionService } from '../../src/accounts/session.service';
import { SessionCache } from '../../src/accounts/session-cache';
import { insertUser, signedIn } from '../support/http';
import { useApp } from '../support/test-env';
import { until } from '../support/wait';

const cacheOf = (t: ReturnType<typeof useApp>) =>
  (t.app.get(SessionService) as unknown as { cache: SessionCache }).cache;

describe('session cache', () => {
  const t = useApp({ APP_ROLE: 'api' });

  async function cachedSeeker(email: string) {
    const id = await insertUser(t.world, email, 'seeker', 'Välimuisti Testaaja');
    const agent = await signedIn(t.app, email);
    expect((await agent.get('/api/me')).status).toBe(200); // the first lookup starts the cache listening
    await until(() => cacheOf(t).listening, 5000, 'the cache to listen');
    expect((await agent.get('/api/me')).status).toBe(200);
    return { id, agent };
  }

  it('answers a reading request from the cache once the session has been read', async () => {
    const { agent } = await cachedSeeker('lukija@example.fi');
    const cache = cacheOf(t);
    const before = cache.size;
    expect((await agent.get('/api/me')).status).toBe(200);
    expect(cache.size).toBe(before);
    expect(before).toBeGreaterThan(0);
  });

  it('ends a cached session revoked by another process (a change in the database) within moments', async () => {
    const { id, agent } = await cachedSeeker('toinen-prosessi@example.fi');
    await t.world.db.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1', [id]);
    await until(async () => (await agent.get('/api/me')).status === 401, 2000, 'the revoked session to end');
  });

  it('shows a name changed elsewhere, and forgets a deleted session', async () => {
    const { id, agent } = await cachedSeeker('nimi@example.fi');
    await t.world.db.query(`UPDATE users SET name = 'Uusi Nimi' WHERE id = $1`, [id]);
    await until(async () => (await agent.get('/api/me')).body.name === 'Uusi Nimi', 2000, 'the new name');
    await t.world.db.query('DELETE FROM sessions WHERE user_id = $1', [id]);
    await until(async () => (await agent.get('/api/me')).status === 401, 2000, 'the deleted session to end');
  });

  it("holds a person's own change from their very next request, in every session of theirs", async () => {
    const { agent } = await cachedSeeker('oma@example.fi');
    const other = await signedIn(t.app, 'oma@example.fi');
    expect((await other.get('/api/me')).status).toBe(200);
    expect((await agent.post('/api/auth/sign-out-everywhere')).status).toBe(204);
    // No waiting: the request that changed it dropped the cached sessions before its answer went out.
    expect((await other.get('/api/me')).status).toBe(401);
    expect((await agent.get('/api/me')).status).toBe(401);
  });

  it('is off while it cannot listen, and on again once it can', async () => {
    const { id, agent } = await cachedSeeker('kuuntelija@example.fi');
    await t.world.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = 'hanttihommat-sessions'`,
    );
    await until(() => !cacheOf(t).listening, 2000, 'the cache to notice');
    expect(cacheOf(t).size).toBe(0);
    // Nothing can tell it of this change, so nothing is answered from it: the very next request reads afresh.
    await t.world.db.query(`UPDATE users SET name = 'Kuulematon' WHERE id = $1`, [id]);
    expect((await agent.get('/api/me')).body.name).toBe('Kuulematon');
    expect(cacheOf(t).size).toBe(0);
    // It reconnects by itself and caches again.
    await until(() => cacheOf(t).listening, 5000, 'the cache to listen again');
    expect((await agent.get('/api/me')).status).toBe(200);
    expect(cacheOf(t).size).toBeGreaterThan(0);
  });

  it('never answers from the cache a request that changes something', async () => {
    const { id, agent } = await cachedSeeker('muuttaja@example.fi');
    // Revoked with the cache told nothing: the notice cannot arrive while its trigger is off.
    await t.world.db.query('ALTER TABLE sessions DISABLE TRIGGER sessions_session_change');
    try {
      await t.world.db.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1', [id]);
      expect((await agent.post('/api/auth/sign-out-everywhere')).status).toBe(401);
    } finally {
      await t.world.db.query('ALTER TABLE sessions ENABLE TRIGGER sessions_session_change');
    }
  });
});

describe('session cache, a lookup racing a change', () => {
  const user = {
    id: 'u1',
    email: null,
    name: 'A',
    role: 'seeker' as const,
    locale: 'fi' as const,
    sessionId: 's1',
    pending: false,
  };
  const later = new Date(Date.now() + 3_600_000);

  it('does not keep an answer read before a change it was told of', () => {
    const cache = new SessionCache('postgres://unused');
    Object.assign(cache as object, { live: true, started: true });
    const ticket = cache.ticket();
    cache.forget('someone'); // a notice arrives while the lookup is under way
    cache.put('h', ticket, user, later);
    expect(cache.get('h')).toBeNull();
    cache.put('h', cache.ticket(), user, later);
    expect(cache.get('h')).toEqual(user);
  });

  it("forgets one person's sessions, every one of them, and nobody else's", () => {
    const cache = new SessionCache('postgres://unused');
    Object.assign(cache as object, { live: true, started: true });
    const other = { ...user, id: 'u2', sessionId: 's2' };
    cache.put('a1', cache.ticket(), { ...user }, later);
    cache.put('a2', cache.ticket(), { ...user, sessionId: 's3' }, later);
    cache.put('b1', cache.ticket(), other, later);
    cache.forget('u1');
    expect([cache.get('a1'), cache.get('a2'), cache.get('b1')]).toEqual([null, null, other]);
    expect(cache.size).toBe(1);
    // Cached again afterwards, and forgotten again.
    cache.put('a1', cache.ticket(), { ...user }, later);
    cache.forget('u1');
    expect(cache.get('a1')).toBeNull();
    expect(cache.get('b1')).toEqual(other);
  });

  it('keeps an entry no longer than its session is valid', () => {
    let now = 1_000_000;
    const cache = new SessionCache('postgres://unused', () => now);
    Object.assign(cache as object, { live: true, started: true });
    cache.put('h', cache.ticket(), user, new Date(now + 5_000));
    expect(cache.get('h')).toEqual(user);
    now += 5_000;
    expect(cache.get('h')).toBeNull();
    cache.put('h', cache.ticket(), user, new Date(now + 3_600_000));
    now += 60_000;
    expect(cache.get('h')).toBeNull();
  });
});
