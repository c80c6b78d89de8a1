// Rate-limit counters in Redis, shared by every API process. When Redis is away the limits fall back to a
// small in-process counter (and say so in the log): they stay in force per process rather than letting every
// sign-in attempt through, and the API keeps answering.
//
// The sign-in limit asks Redis on every try. The global limit (every route, per client) is counted in this
// process and sent to Redis in batches (./batched-counts.ts): a request then costs no round trip to Redis,
// and a client near its limit is still judged by Redis, exactly.
import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { MemoryLimits } from '../redis/memory-limits';
import { BatchedCounts, Hit, Shared } from './batched-counts';

interface Record_ {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

// KEYS[1] hits, KEYS[2] block; ARGV ttl ms, limit, block ms, hits to add. Returns hits, ms to expire, blocked,
// ms to unblock.
const SCRIPT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then
  return {tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1]), 1, blocked}
end
local add = tonumber(ARGV[4])
local hits = redis.call('INCRBY', KEYS[1], add)
if hits == add then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
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
  add: number,
) => Promise<number[]>;

/** The throttler whose hits are counted in batches (the others ask Redis on every hit). */
const BATCHED = 'global';

const record = (r: Hit): Record_ => ({
  totalHits: r.hits,
  timeToExpire: Math.max(0, Math.ceil(r.ttlMs / 1000)),
  isBlocked: r.blockedMs > 0,
  timeToBlockExpire: Math.max(0, Math.ceil(r.blockedMs / 1000)),
});

const shared = ([hits, pttl, blocked, blockTtl]: number[]): Shared => ({
  hits,
  ttlMs: Math.max(0, pttl),
  blockedMs: blocked === 1 ? Math.max(1, blockTtl) : 0,
});

export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger(RedisThrottlerStorage.name);
  private lastWarning = 0;
  private readonly memory = new MemoryLimits();
  private readonly throttle: Throttle;
  private readonly batched: BatchedCounts;

  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    // Sent by its SHA (EVALSHA, falling back to EVAL once after a Redis restart): Redis neither receives nor
    // hashes the script's text on every request.
    redis.defineCommand('hhThrottle', { numberOfKeys: 2, lua: SCRIPT });
    const client = redis as unknown as { hhThrottle: Throttle };
    this.throttle = client.hhThrottle.bind(redis);
    this.batched = new BatchedCounts(
      async (items) => {
        const pipeline = redis.pipeline() as unknown as { hhThrottle: (...a: unknown[]) => void } & {
          exec(): Promise<[Error | null, unknown][] | null>;
        };
        for (const i of items)
          pipeline.hhThrottle(`${i.key}:hits`, `${i.key}:block`, i.ttlMs, i.limit, i.blockMs, i.add);
        const answers = (await pipeline.exec()) ?? [];
        return items.map((_, n) => {
          const [err, r] = answers[n] ?? [new Error('no answer from Redis'), null];
          return err ?? shared(r as number[]);
        });
      },
      (e) => this.warn(e),
    );
  }

  /** Sends the global limit's hits not yet sent at once instead of within FLUSH_MS (tests). */
  flush(): Promise<void> {
    return this.batched.flush();
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<Record_> {
    const base = `${this.prefix}:throttle:${throttlerName}:${key}`;
    const blockMs = blockDuration > 0 ? blockDuration : ttl;
    if (throttlerName === BATCHED) return record(await this.batched.hit(base, ttl, limit, blockMs));
    try {
      return record(shared(await this.throttle(`${base}:hits`, `${base}:block`, ttl, limit, blockMs, 1)));
    } catch (e) {
      this.warn(e as Error);
      return record(this.memory.hit(base, ttl, limit, blockMs));
    }
  }

  private warn(e: Error): void {
    if (Date.now() - this.lastWarning > 60_000) {
      this.lastWarning = Date.now();
      this.logger.warn(`rate limiter could not reach Redis, counting in this process: ${e.message}`);
    }
  }
}
