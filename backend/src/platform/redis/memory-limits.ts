// A small in-process stand-in for the Redis counters of the rate limits, used while Redis is away: sign-in
// limits then still hold (per process) instead of letting every request through.

/** Entries kept at most; the oldest go first, so a flood of new keys cannot grow the memory without end. */
const MAX_ENTRIES = 10_000;

interface Entry {
  hits: number;
  expiresAt: number;
  blockedUntil: number;
}

export class MemoryLimits {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts a hit in a window of `ttlMs`; past `limit` hits the key is blocked for `blockMs`. */
  hit(key: string, ttlMs: number, limit: number, blockMs: number) {
    const now = this.now();
    const e = this.entry(key, ttlMs, now);
    if (e.blockedUntil > now)
      return { hits: e.hits, ttlMs: e.expiresAt - now, blockedMs: e.blockedUntil - now };
    e.hits += 1;
    if (e.hits > limit) {
      e.blockedUntil = now + blockMs;
      e.expiresAt = Math.max(e.expiresAt, e.blockedUntil);
    }
    return { hits: e.hits, ttlMs: e.expiresAt - now, blockedMs: Math.max(0, e.blockedUntil - now) };
  }

  /** Milliseconds until the key may try again (0: now). */
  waitMs(key: string): number {
    const e = this.entries.get(key);
    return e ? Math.max(0, e.blockedUntil - this.now()) : 0;
  }

  /** Counts a failure; returns the failures so far in the window. */
  fail(key: string, ttlMs: number): number {
    return ++this.entry(key, ttlMs, this.now()).hits;
  }

  block(key: string, ms: number): void {
    const e = this.entries.get(key);
    if (e) e.blockedUntil = this.now() + ms;
  }

  reset(key: string): void {
    this.entries.delete(key);
  }

  private entry(key: string, ttlMs: number, now: number): Entry {
    let e = this.entries.get(key);
    if (!e || e.expiresAt <= now) {
      this.entries.delete(key);
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      e = { hits: 0, expiresAt: now + ttlMs, blockedUntil: 0 };
      this.entries.set(key, e);
    }
    return e;
  }
}
