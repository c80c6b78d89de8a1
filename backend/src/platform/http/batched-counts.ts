// The global rate limit counted in this process and sent to the shared counter (Redis) in batches, so that an
// ordinary request costs no round trip to Redis:
// - each hit is counted here at once; every FLUSH_MS the hits not yet sent go to Redis in one pipeline, and
//   its answers (the client's total over every process, the window left, a block) come back here;
// - a hit that would take the client past the limit by what is known here asks Redis at once, with the hits
//   not yet sent, and Redis's exact answer decides it;
// - a block Redis reports holds here until it ends;
// - while Redis is away, the hits stay counted here and the limit holds in this process; they are sent once
//   Redis answers again.
// In one process the limit holds exactly. With several API processes a client can pass it by at most what the
// other processes counted within one FLUSH_MS and had not sent yet: the global limit is a flood guard, not a
// budget. The sign-in limits never come here; they ask Redis on every try.

export const FLUSH_MS = 200;
/** Clients kept at most; the oldest go first, so a flood of new addresses cannot grow the memory without end. */
const MAX_ENTRIES = 10_000;

export interface Shared {
  /** The client's hits in the window over every process. */
  hits: number;
  ttlMs: number;
  blockedMs: number;
}

/** What one hit is told: the same figures, as this process knows them. */
export type Hit = Shared;

/** Sends hits to the shared counter: one answer (or error) per item, in order. */
export type SendHits = (
  items: { key: string; add: number; ttlMs: number; limit: number; blockMs: number }[],
) => Promise<(Shared | Error)[]>;

interface Count {
  unsent: number;
  shared: number;
  windowEnd: number;
  blockedUntil: number;
  ttlMs: number;
  limit: number;
  blockMs: number;
}

export class BatchedCounts {
  private readonly counts = new Map<string, Count>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly send: SendHits,
    /** Told when a batch could not be sent (its hits are kept for the next one). */
    private readonly failed: (e: Error) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit of `key`. Answers at once, unless the hit may pass the limit: then Redis decides. Never fails. */
  hit(key: string, ttlMs: number, limit: number, blockMs: number): Hit | Promise<Hit> {
    const now = this.now();
    const c = this.entry(key, ttlMs, limit, blockMs, now);
    if (c.blockedUntil > now) return { hits: c.shared + c.unsent, ttlMs: 0, blockedMs: c.blockedUntil - now };
    if (c.windowEnd <= now) {
      // The window has passed here, and with it the key in Redis (it expires at the same moment); hits of the
      // old window not sent yet would count in no window now.
      c.shared = 0;
      c.unsent = 0;
      c.windowEnd = now + ttlMs;
    }
    c.unsent += 1;
    if (c.shared + c.unsent > limit) return this.flushOne(key, c);
    this.schedule();
    return { hits: c.shared + c.unsent, ttlMs: c.windowEnd - now, blockedMs: 0 };
  }

  /** Sends every hit not yet sent. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = [...this.counts].filter(([, c]) => c.unsent > 0);
    if (!batch.length) return;
    const adds = batch.map(([, c]) => c.unsent);
    for (const [, c] of batch) c.unsent = 0;
    const sentAt = this.now();
    let answers: (Shared | Error)[];
    try {
      answers = await this.send(
        batch.map(([key, c], i) => ({
          key,
          add: adds[i],
          ttlMs: c.ttlMs,
          limit: c.limit,
          blockMs: c.blockMs,
        })),
      );
    } catch (e) {
      answers = batch.map(() => e as Error);
    }
    let error: Error | undefined;
    answers.forEach((a, i) => {
      const c = batch[i][1];
      if (a instanceof Error) {
        c.unsent += adds[i];
        error = a;
      } else this.learn(c, a, sentAt);
    });
    if (error) {
      this.failed(error);
      this.schedule(5 * FLUSH_MS);
    }
  }

  private async flushOne(key: string, c: Count): Promise<Hit> {
    const add = c.unsent;
    c.unsent = 0;
    const sentAt = this.now();
    let answer: Shared | Error;
    try {
      [answer] = await this.send([{ key, add, ttlMs: c.ttlMs, limit: c.limit, blockMs: c.blockMs }]);
    } catch (e) {
      answer = e as Error;
    }
    if (answer instanceof Error) {
      // Redis is away: this process judges by what it has counted, so the limit stays in force here.
      c.unsent += add;
      this.failed(answer);
      this.schedule(5 * FLUSH_MS);
      const now = this.now();
      c.blockedUntil = now + c.blockMs;
      return { hits: c.shared + c.unsent, ttlMs: Math.max(0, c.windowEnd - now), blockedMs: c.blockMs };
    }
    this.learn(c, answer, sentAt);
    return answer;
  }

  private learn(c: Count, a: Shared, at: number): void {
    c.shared = a.hits;
    c.windowEnd = at + a.ttlMs;
    if (a.blockedMs > 0) c.blockedUntil = Math.max(c.blockedUntil, at + a.blockedMs);
  }

  private schedule(ms = FLUSH_MS): void {
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush(), ms);
    this.timer.unref();
  }

  private entry(key: string, ttlMs: number, limit: number, blockMs: number, now: number): Count {
    let c = this.counts.get(key);
    if (c && c.unsent === 0 && c.windowEnd <= now && c.blockedUntil <= now) {
      this.counts.delete(key);
      c = undefined;
    }
    if (!c) {
      if (this.counts.size >= MAX_ENTRIES) {
        for (const [k, e] of this.counts) {
          if (e.unsent > 0) continue;
          this.counts.delete(k);
          break;
        }
      }
      c = { unsent: 0, shared: 0, windowEnd: now + ttlMs, blockedUntil: 0, ttlMs, limit, blockMs };
      this.counts.set(key, c);
    }
    return c;
  }
}
