// The global rate limit against the real Redis: counted in the process and sent in batches, exact within one
// process, shared between processes, and still in force when Redis is away.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisThrottlerStorage } from '../../src/platform/http/redis-throttler.storage';
import { REDIS_URL } from '../support/names';

const MINUTE = 60_000;

describe('the global rate limit, counted in batches', () => {
  const clients: Redis[] = [];
  const prefix = `hh_test_limits_${randomBytes(4).toString('hex')}`;
  const redis = () => {
    const r = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    clients.push(r);
    return r;
  };
  const hits = (key: string) => redis().get(`${prefix}:throttle:global:${key}:hits`);
  const hit = (s: RedisThrottlerStorage, key: string, limit = 5) =>
    s.increment(key, MINUTE, limit, 0, 'global');

  afterAll(async () => {
    const r = redis();
    const keys = await r.keys(`${prefix}:*`);
    if (keys.length) await r.del(...keys);
    await Promise.all(clients.map((c) => c.quit().catch(() => undefined)));
  });

  it('answers hits under the limit without Redis, and sends them in one batch', async () => {
    const s = new RedisThrottlerStorage(redis(), prefix);
    for (let i = 1; i <= 3; i++) expect(await hit(s, 'a')).toMatchObject({ totalHits: i, isBlocked: false });
    expect(await hits('a')).toBeNull();
    await s.flush();
    expect(await hits('a')).toBe('3');
  });

  it('holds the limit exactly in one process, and Redis records the block', async () => {
    const s = new RedisThrottlerStorage(redis(), prefix);
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push((await hit(s, 'b')).isBlocked);
    expect(answers).toEqual([false, false, false, false, false, true, true]);
    expect(await redis().pttl(`${prefix}:throttle:global:b:block`)).toBeGreaterThan(0);
  });

  it('shares the count between processes', async () => {
    const one = new RedisThrottlerStorage(redis(), prefix);
    const two = new RedisThrottlerStorage(redis(), prefix);
    for (let i = 0; i < 4; i++) await hit(one, 'c');
    await one.flush();
    expect((await hit(two, 'c')).isBlocked).toBe(false); // the 5th of 5
    await two.flush(); // …and now the second process knows the client's total
    expect(await hit(two, 'c')).toMatchObject({ totalHits: 6, isBlocked: true });
    // The first process hears of the block with its next batch (within FLUSH_MS), and holds it from then on.
    await hit(one, 'c');
    await one.flush();
    expect((await hit(one, 'c')).isBlocked).toBe(true);
  });

  it('keeps the limit in force in the process while Redis is away', async () => {
    const away = new Redis('redis://127.0.0.1:1', {
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      lazyConnect: true,
      retryStrategy: () => null,
    });
    clients.push(away);
    const s = new RedisThrottlerStorage(away, prefix);
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await hit(s, 'd', 3)).isBlocked);
    await s.flush(); // fails: the hits stay counted here
    for (let i = 0; i < 3; i++) answers.push((await hit(s, 'd', 3)).isBlocked);
    expect(answers).toEqual([false, false, false, true, true, true]);
  });
});
