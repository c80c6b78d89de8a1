// Every API request resolves its session cookie. Reading requests (GET, HEAD) may take the answer from this
// in-process cache instead of asking PostgreSQL each time; requests that change something always ask the
// database. The cache never outlives what it caches:
// - PostgreSQL tells every API process the moment a person's row or one of their sessions changes (a trigger
//   NOTIFYs `hh_session_change` with the user's id; migration SessionChangeNotify), and that person's entries
//   go. This covers every writer: sign-out, a password change in another process, a coordinator's erasure,
//   an admin's change of role, a statement typed into psql.
// - A change a person makes themselves drops their entries once the response has gone (see AccessGuard), so
//   their next request never meets their own old state, however the notice and the request race.
// - While the listening connection is down the cache is off (every request asks the database) and emptied;
//   it comes back on only once LISTEN is in place again.
// - A lookup that started before a notice arrived is not stored (a generation counter), so a notice cannot
//   slip between reading a row and caching it.
// - An entry lives at most TTL_MS and never past its session's expiry or idle deadline.
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import type { AuthUser } from '../platform/auth/access';

export const SESSION_CHANNEL = 'hh_session_change';
const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

interface Entry {
  user: AuthUser;
  until: number;
}

/** What `ticket` hands out: the generation a lookup started in (null: do not cache its answer). */
export type CacheTicket = number | null;

export class SessionCache {
  private readonly logger = new Logger(SessionCache.name);
  private readonly entries = new Map<string, Entry>();
  /** Each person's cached token hashes: a notice or a person's own change drops theirs without a walk. */
  private readonly byUser = new Map<string, Set<string>>();
  private generation = 0;
  private live = false;
  private started = false;
  private closing = false;
  private client?: Client;
  private retry = 0;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly databaseUrl: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached person for this token hash, if any and still valid. Starts listening on first use. */
  get(tokenHash: string): AuthUser | null {
    if (!this.started) this.start();
    if (!this.live) return null;
    const e = this.entries.get(tokenHash);
    if (!e) return null;
    if (e.until <= this.now()) {
      this.drop(tokenHash);
      return null;
    }
    return e.user;
  }

  /** Taken before a database lookup; hand it to `put` with the answer. */
  ticket(): CacheTicket {
    if (!this.started) this.start();
    return this.live ? this.generation : null;
  }

  /** Stores a looked-up session unless something changed since `ticket` was taken. */
  put(tokenHash: string, ticket: CacheTicket, user: AuthUser, validUntil: Date): void {
    if (ticket === null || ticket !== this.generation || !this.live) return;
    const until = Math.min(this.now() + TTL_MS, validUntil.getTime());
    if (until <= this.now()) return;
    if (this.entries.size >= MAX_ENTRIES) this.drop(this.entries.keys().next().value!);
    // Frozen: one object answers many requests, so none of them may change it for the others.
    this.entries.set(tokenHash, { user: Object.freeze(user), until });
    let hashes = this.byUser.get(user.id);
    if (!hashes) this.byUser.set(user.id, (hashes = new Set()));
    hashes.add(tokenHash);
  }

  /** Drops every entry of the person (a change told by PostgreSQL, or made by the person's own request). */
  forget(userId: string): void {
    this.generation++;
    const hashes = this.byUser.get(userId);
    if (!hashes) return;
    this.byUser.delete(userId);
    for (const hash of hashes) this.entries.delete(hash);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Whether the cache is in use (LISTEN is in place). */
  get listening(): boolean {
    return this.live;
  }

  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.timer);
    this.off();
    await this.client?.end().catch(() => undefined);
  }

  private start(): void {
    this.started = true;
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closing) return;
    const client = new Client({
      connectionString: this.databaseUrl,
      application_name: 'hanttihommat-sessions',
    });
    this.client = client;
    client.on('notification', (n) => {
      if (n.channel === SESSION_CHANNEL && n.payload) this.forget(n.payload);
    });
    const lost = (e?: Error) => {
      if (this.client !== client) return;
      this.client = undefined;
      this.off();
      if (this.closing) return;
      this.logger.warn(`session cache off, its database connection was lost: ${e?.message ?? 'closed'}`);
      const wait = RETRY_MS[Math.min(this.retry++, RETRY_MS.length - 1)];
      this.timer = setTimeout(() => void this.connect(), wait);
      this.timer.unref();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_CHANNEL}`);
      if (this.closing || this.client !== client) return void client.end().catch(() => undefined);
      this.retry = 0;
      this.generation++;
      this.clear();
      this.live = true;
    } catch (e) {
      lost(e as Error);
      await client.end().catch(() => undefined);
    }
  }

  private drop(tokenHash: string): void {
    const e = this.entries.get(tokenHash);
    if (!e) return;
    this.entries.delete(tokenHash);
    const hashes = this.byUser.get(e.user.id);
    hashes?.delete(tokenHash);
    if (hashes?.size === 0) this.byUser.delete(e.user.id);
  }

  private clear(): void {
    this.entries.clear();
    this.byUser.clear();
  }

  private off(): void {
    this.live = false;
    this.generation++;
    this.clear();
  }
}
