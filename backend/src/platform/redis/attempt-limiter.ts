// Wrong-password tries per account: after a few free ones, each further try must wait, the wait doubling up
// to a minute. The wait is short on purpose: an outsider who keeps failing on someone's address only slows
// their password sign-in down, never locks it (and the mailed link always works). Redis holds the counts for
// every API process; while Redis is away, a per-process memory does.
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MemoryLimits } from './memory-limits';
import { REDIS } from './redis.token';

const WINDOW_MS = 24 * 60 * 60_000;
export const MAX_WAIT_MS = 60_000;

/** The wait after the `failures`-th wrong try: none for the free tries, then 5 s, 10 s, 20 s … up to a minute. */
export function waitAfter(failures: number, freeTries: number): number {
  if (failures < freeTries) return 0;
  return Math.min(MAX_WAIT_MS, 5000 * 2 ** Math.min(16, failures - freeTries));
}

@Injectable()
export class AttemptLimiter {
  private readonly logger = new Logger(AttemptLimiter.name);
  private readonly memory = new MemoryLimits();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Milliseconds the key must still wait before its next try (0: it may try now). */
  async waitMs(key: string): Promise<number> {
    try {
      return Math.max(0, await this.redis.pttl(this.k(key, 'wait')));
    } catch (e) {
      this.warn(e);
      return this.memory.waitMs(key);
    }
  }

  async fail(key: string): Promise<void> {
    try {
      const n = await this.redis.incr(this.k(key, 'n'));
      if (n === 1) await this.redis.pexpire(this.k(key, 'n'), WINDOW_MS);
      const wait = waitAfter(n, this.config.passwordFreeTries);
      if (wait) await this.redis.set(this.k(key, 'wait'), '1', 'PX', wait);
    } catch (e) {
      this.warn(e);
      const n = this.memory.fail(key, WINDOW_MS);
      this.memory.block(key, waitAfter(n, this.config.passwordFreeTries));
    }
  }

  async reset(key: string): Promise<void> {
    this.memory.reset(key);
    try {
      await this.redis.del(this.k(key, 'n'), this.k(key, 'wait'));
    } catch (e) {
      this.warn(e);
    }
  }

  private k(key: string, part: string): string {
    return `${this.config.queuePrefix}:attempts:${key}:${part}`;
  }

  private lastWarning = 0;
  private warn(e: unknown): void {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    this.logger.warn(`attempt limits use this process's memory, Redis is away: ${(e as Error).message}`);
  }
}
