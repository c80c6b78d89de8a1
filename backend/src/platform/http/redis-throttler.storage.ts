// Rate-limit counters in Redis, shared by every API process. When Redis is away the limits fall back to a
// small in-process counter (and say so in the log): they stay in force per process rather than letting every
// sign-in attempt through, and the API keeps answering.
import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { MemoryLimits } from '../redis/memory-limits';

interface Record_ {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

// KEYS[1] hits, KEYS[2] block; ARGV ttl ms, limit, block ms. Returns hits, ms to expire, blocked, ms to unblock.
const SCRIPT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then
  return {tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1]), 1, blocked}
end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return {hits, ttl, 1, tonumber(ARGV[3])}
end
return {hits, ttl, 0, 0}
`;

type Throttle = (
  hits: string,
  block: string,
  ttl: number,
  limit: number,
  blockMs: number,
) => Promise<number[]>;

export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger(RedisThrottlerStorage.name);
  private lastWarning = 0;
  private readonly memory = new MemoryLimits();
  private readonly throttle: Throttle;

  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    // Sent by its SHA (EVALSHA, falling back to EVAL once after a Redis restart): Redis neither receives nor
    // hashes the script's text on every request.
    redis.defineCommand('hhThrottle', { numberOfKeys: 2, lua: SCRIPT });
    const client = redis as unknown as { hhThrottle: Throttle };
    this.throttle = client.hhThrottle.bind(redis);
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<Record_> {
    const base = `${this.prefix}:throttle:${throttlerName}:${key}`;
    try {
      const [hits, pttl, blocked, blockTtl] = await this.throttle(
        `${base}:hits`,
        `${base}:block`,
        ttl,
        limit,
        blockDuration > 0 ? blockDuration : ttl,
      );
      return {
        totalHits: hits,
        timeToExpire: Math.max(0, Math.ceil(pttl / 1000)),
        isBlocked: blocked === 1,
        timeToBlockExpire: Math.max(0, Math.ceil(blockTtl / 1000)),
      };
    } catch (e) {
      if (Date.now() - this.lastWarning > 60_000) {
        this.lastWarning = Date.now();
        this.logger.warn(
          `rate limiter could not reach Redis, counting in this process: ${(e as Error).message}`,
        );
      }
      const r = this.memory.hit(base, ttl, limit, blockDuration > 0 ? blockDuration : ttl);
      return {
        totalHits: r.hits,
        timeToExpire: Math.ceil(r.ttlMs / 1000),
        isBlocked: r.blockedMs > 0,
        timeToBlockExpire: Math.ceil(r.blockedMs / 1000),
      };
    }
  }
}
