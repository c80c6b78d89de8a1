// Sessions: opening one after a proof of identity, resolving the cookie on every request, ending them.
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../platform/config/config';
import type { AuthUser, SessionResolver } from '../platform/auth/access';
import { AccountsRepository } from './accounts.repository';
import { SessionCache } from './session-cache';
import { hashToken, newToken } from './tokens';
import { User } from './user.entity';

export interface NewSession {
  token: string;
  expiresAt: Date;
  user: User;
}

@Injectable()
export class SessionService implements SessionResolver, OnModuleDestroy {
  private readonly cache: SessionCache;

  constructor(
    private readonly repo: AccountsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.cache = new SessionCache(config.databaseUrl);
  }

  onModuleDestroy(): Promise<void> {
    return this.cache.close();
  }

  /** Opens a session for someone who has just proved who they are (inside the caller's transaction). */
  async open(tx: AccountsRepository, user: User, proof: 'link' | 'password'): Promise<NewSession> {
    const token = newToken();
    const s = await tx.insertSession(user.id, this.hash(token), this.config.sessionTtlDays, proof);
    return { token, expiresAt: s.expiresAt, user };
  }

  /**
   * The person behind a session token. A reading request (`readOnly`) may be answered from the session cache
   * (./session-cache.ts); any other asks the database, and its caller calls `changed` once it has answered.
   */
  async resolve(token: string, readOnly: boolean): Promise<AuthUser | null> {
    if (token.length > 100) return null;
    const hash = this.hash(token);
    if (readOnly) {
      const cached = this.cache.get(hash);
      if (cached) return cached;
    }
    const ticket = this.cache.ticket();
    const found = await this.repo.resolveSession(hash, this.config.sessionIdleDays);
    if (!found) return null;
    if (readOnly) this.cache.put(hash, ticket, found.user, found.validUntil);
    return found.user;
  }

  /** After a changing request of the person: their next request reads their sessions afresh. */
  changed(userId: string): void {
    this.cache.forget(userId);
  }

  isMember(userId: string, organisationId: string): Promise<boolean> {
    return this.repo.isMember(userId, organisationId);
  }

  end(user: AuthUser): Promise<void> {
    return this.repo.revokeSession(user.sessionId);
  }

  /** Ends every session of the person, but the one in `keep` when given. */
  endAll(userId: string, keep?: string, tx: AccountsRepository = this.repo): Promise<number> {
    return tx.revokeAllSessions(userId, keep);
  }

  /** Whether this session proves the address freshly enough to set a password without the current one. */
  isFreshLink(sessionId: string): Promise<boolean> {
    return this.repo.isFreshLinkSession(sessionId, this.config.freshProofMinutes);
  }

  /** Removes sessions and links that can no longer be used; returns how many rows went. */
  purgeExpired(): Promise<number> {
    return this.repo.purgeExpired(this.config.sessionIdleDays);
  }

  hash(token: string): string {
    return hashToken(this.config.sessionSecret, token);
  }
}
