// All I/O of the accounts feature: users, sessions, magic links, organisations and their members.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry, AuditLog } from '../platform/audit/audit.log';
import { prepared } from '../platform/database/prepared';
import { OutboxService } from '../platform/outbox/outbox.service';
import { DomainEvents, EventType } from '../platform/outbox/events';
import type { AuthUser } from '../platform/auth/access';
import './accounts.events';
import { AccountCode, AccountCodePurpose } from './account-code.entity';
import { MagicLink, MagicLinkPayload, MagicLinkPurpose } from './magic-link.entity';
import { Organisation } from './organisation.entity';
import { OrganisationMember } from './organisation-member.entity';
import { User } from './user.entity';
import type { Locale, MemberRole, OrganisationKind, Role } from './roles';

export interface Contact {
  id: string;
  /** Null: the person has no address; tell them in the app only. */
  email: string | null;
  name: string;
  locale: Locale;
  role: Role;
}

export interface OrganisationFacts {
  id: string;
  name: string;
  kind: OrganisationKind;
  verified: boolean;
  /** A coordinator has paused it: its gigs are not offered. */
  paused: boolean;
}

export interface MemberRow {
  userId: string;
  name: string;
  email: string | null;
  role: MemberRole;
  joinedAt: Date;
}

export interface MembershipRow {
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  role: MemberRole;
}

/**
 * Every request's session lookup: one query on the unique token hash, joining the user, and the only thing that
 * tells whether the session still holds (revoked, expired or idle), so an ended session fails on its next
 * request. Prepared, because it runs on every request.
 */
const RESOLVE_SESSION = prepared(
  'hh_resolve_session',
  `SELECT s.id AS "sessionId", u.id, u.email, u.name, u.role, u.locale, u.status = 'pending' AS pending,
          s.last_seen_at < now() - interval '5 minutes' AS stale,
          LEAST(s.expires_at, s.last_seen_at + make_interval(days => $2)) AS "validUntil"
   FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
     AND s.last_seen_at > now() - make_interval(days => $2)`,
);

@Injectable()
export class AccountsRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly auditLog: AuditLog,
    private readonly manager: EntityManager = db.manager,
  ) {}

  /** Runs `fn` in one database transaction; the repository it gets writes inside that transaction. */
  transaction<T>(fn: (tx: AccountsRepository) => Promise<T>): Promise<T> {
    return this.db.transaction((m) => fn(new AccountsRepository(this.db, this.outbox, this.auditLog, m)));
  }

  /** Records who did what in the audit log, in this repository's transaction. */
  audit(entry: AuditEntry): Promise<void> {
    return this.auditLog.record(this.manager, entry);
  }

  emit<T extends EventType>(type: T, payload: DomainEvents[T]): Promise<string> {
    return this.outbox.emit(this.manager, type, payload);
  }

  // Users

  findUserByEmail(email: string): Promise<User | null> {
    return this.manager.getRepository(User).findOne({ where: { email } });
  }

  findUserById(id: string): Promise<User | null> {
    return this.manager.getRepository(User).findOne({ where: { id } });
  }

  /** Creates the user, or returns null when the e-mail address already has one. */
  async insertUser(u: {
    email: string | null;
    name: string;
    role: Role;
    locale: Locale;
    passwordHash: string | null;
    status?: User['status'];
  }): Promise<User | null> {
    const rows: User[] = await this.manager.query(
      `INSERT INTO users (email, name, role, locale, password_hash, status) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [u.email, u.name, u.role, u.locale, u.passwordHash, u.status ?? 'active'],
    );
    return rows.length ? this.findUserById(rows[0].id) : null;
  }

  async updateUser(
    id: string,
    changes: Partial<Pick<User, 'name' | 'locale' | 'passwordHash' | 'role' | 'status' | 'email'>>,
  ): Promise<void> {
    await this.manager.getRepository(User).update({ id }, changes);
  }

  /** People to reach: address, name and language, in the order they joined. */
  contacts(userIds: string[]): Promise<Contact[]> {
    if (!userIds.length) return Promise.resolve([]);
    return this.manager.query(
      `SELECT id, email, name, locale, role FROM users WHERE id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [userIds],
    );
  }

  async idsByRoles(roles: Role[]): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM users WHERE role = ANY($1::text[]) ORDER BY created_at, id`,
      [roles],
    );
    return rows.map((r) => r.id);
  }

  async memberIds(organisationId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.manager.query(
      'SELECT user_id FROM organisation_members WHERE organisation_id = $1 ORDER BY created_at, user_id',
      [organisationId],
    );
    return rows.map((r) => r.user_id);
  }

  async organisation(id: string): Promise<OrganisationFacts | null> {
    const rows: OrganisationFacts[] = await this.manager.query(
      `SELECT id, name, kind, verified_at IS NOT NULL AS verified, paused_at IS NOT NULL AS paused
       FROM organisations WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Pauses or resumes the organisation; the state before, or null when there is no such organisation. */
  async setOrganisationPaused(id: string, at: Date | null): Promise<{ paused: boolean } | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [rows] = (await this.manager.query(
      `UPDATE organisations o SET paused_at = CASE WHEN $2::timestamptz IS NULL THEN NULL
         ELSE coalesce(o.paused_at, $2) END
       FROM (SELECT paused_at IS NOT NULL AS paused FROM organisations WHERE id = $1 FOR UPDATE) before
       WHERE o.id = $1 RETURNING before.paused`,
      [id, at],
    )) as [{ paused: boolean }[], number];
    return rows[0] ?? null;
  }

  listUsersByRole(role: Role): Promise<User[]> {
    return this.manager.getRepository(User).find({ where: { role }, order: { createdAt: 'ASC' } });
  }

  // Organisations

  async insertOrganisation(o: {
    name: string;
    kind: OrganisationKind;
    verifiedAt?: Date | null;
  }): Promise<Organisation> {
    const repo = this.manager.getRepository(Organisation);
    return repo.save(repo.create({ name: o.name, kind: o.kind, verifiedAt: o.verifiedAt ?? null }));
  }

  /** Marks the organisation checked; false when there is no such organisation. */
  async verifyOrganisation(id: string, at: Date): Promise<boolean> {
    const [, n] = (await this.manager.query(
      'UPDATE organisations SET verified_at = coalesce(verified_at, $2) WHERE id = $1',
      [id, at],
    )) as [unknown, number];
    return n > 0;
  }

  async insertMember(organisationId: string, userId: string, role: MemberRole): Promise<void> {
    await this.manager.getRepository(OrganisationMember).insert({ organisationId, userId, role });
  }

  /** Adds the person as a member unless they are one already or the organisation is gone; true when added. */
  async joinOrganisation(organisationId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO organisation_members (organisation_id, user_id, role)
       SELECT id, $2, 'member' FROM organisations WHERE id = $1
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [organisationId, userId],
    );
    return rows.length > 0;
  }

  /** The person's role in the organisation, or null when they are not a member. */
  async memberRole(userId: string, organisationId: string): Promise<MemberRole | null> {
    const rows: { role: MemberRole }[] = await this.manager.query(
      'SELECT role FROM organisation_members WHERE user_id = $1 AND organisation_id = $2',
      [userId, organisationId],
    );
    return rows[0]?.role ?? null;
  }

  /** The members with their names and addresses, owners first; locks them when `forUpdate` (removals). */
  members(organisationId: string, forUpdate = false): Promise<MemberRow[]> {
    return this.manager.query(
      `SELECT m.user_id AS "userId", u.name, u.email, m.role, m.created_at AS "joinedAt"
       FROM organisation_members m JOIN users u ON u.id = m.user_id
       WHERE m.organisation_id = $1 ORDER BY m.role = 'owner' DESC, m.created_at, m.user_id
       ${forUpdate ? 'FOR UPDATE OF m' : ''}`,
      [organisationId],
    );
  }

  async removeMember(organisationId: string, userId: string): Promise<void> {
    await this.manager.query('DELETE FROM organisation_members WHERE organisation_id = $1 AND user_id = $2', [
      organisationId,
      userId,
    ]);
  }

  /** Invitations to the organisation that can still be used: to whom and until when. */
  openInvitations(organisationId: string): Promise<{ email: string; expiresAt: Date }[]> {
    return this.manager.query(
      `SELECT email, expires_at AS "expiresAt" FROM magic_links
       WHERE purpose = 'invite' AND payload->>'organisationId' = $1 AND used_at IS NULL AND expires_at > now()
       ORDER BY created_at DESC`,
      [organisationId],
    );
  }

  /** How many invitations the organisation has sent in the last `minutes` (its cap). */
  async countRecentInvitations(organisationId: string, minutes: number): Promise<number> {
    const rows: { n: string }[] = await this.manager.query(
      `SELECT count(*) AS n FROM magic_links
       WHERE purpose = 'invite' AND payload->>'organisationId' = $1
         AND created_at > now() - make_interval(mins => $2)`,
      [organisationId, minutes],
    );
    return Number(rows[0].n);
  }

  async isMember(userId: string, organisationId: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      'SELECT 1 FROM organisation_members WHERE user_id = $1 AND organisation_id = $2',
      [userId, organisationId],
    );
    return rows.length > 0;
  }

  memberships(userId: string): Promise<MembershipRow[]> {
    return this.manager.query(
      `SELECT m.organisation_id AS "organisationId", o.name AS "organisationName", o.kind AS "organisationKind", m.role
       FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id
       WHERE m.user_id = $1 ORDER BY o.name`,
      [userId],
    );
  }

  // Sessions

  async insertSession(
    userId: string,
    tokenHash: string,
    ttlDays: number,
    proof: 'link' | 'password',
  ): Promise<{ id: string; expiresAt: Date }> {
    const rows: { id: string; expires_at: Date }[] = await this.manager.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at, proof)
       VALUES ($1, $2, now() + make_interval(days => $3), $4)
       RETURNING id, expires_at`,
      [userId, tokenHash, ttlDays, proof],
    );
    return { id: rows[0].id, expiresAt: rows[0].expires_at };
  }

  /**
   * The live session's user: not revoked, not past its absolute expiry, and used within `idleDays`. Also notes
   * when the session was last used (at most every five minutes).
   */
  /** The person behind a live session, and until when the session stays valid unless something changes. */
  async resolveSession(
    tokenHash: string,
    idleDays: number,
  ): Promise<{ user: AuthUser; validUntil: Date } | null> {
    const rows: (AuthUser & { stale: boolean; validUntil: Date })[] = await this.manager.query(
      RESOLVE_SESSION,
      [tokenHash, idleDays],
    );
    if (!rows.length) return null;
    const { stale, validUntil, ...user } = rows[0];
    if (stale)
      await this.manager.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [user.sessionId]);
    return { user, validUntil };
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.manager.query('UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [
      sessionId,
    ]);
  }

  /** Ends every session of the person, but the one in `keep` when given; returns how many ended. */
  async revokeAllSessions(userId: string, keep?: string): Promise<number> {
    const [, count] = (await this.manager.query(
      `UPDATE sessions SET revoked_at = now()
       WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [userId, keep ?? null],
    )) as [unknown, number];
    return count;
  }

  /** Whether the session was opened by a mailed link less than `minutes` ago (a fresh proof of the address). */
  async isFreshLinkSession(sessionId: string, minutes: number): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `SELECT 1 FROM sessions WHERE id = $1 AND proof = 'link' AND created_at > now() - make_interval(mins => $2)`,
      [sessionId, minutes],
    );
    return rows.length > 0;
  }

  // Magic links

  async insertMagicLink(l: {
    tokenHash: string;
    email: string;
    purpose: MagicLinkPurpose;
    payload: MagicLinkPayload;
    ttlMinutes: number;
  }): Promise<void> {
    await this.manager.query(
      `INSERT INTO magic_links (token_hash, email, purpose, payload, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
      [l.tokenHash, l.email, l.purpose, JSON.stringify(l.payload), l.ttlMinutes],
    );
  }

  /** Marks the link used and returns it, only if it is unused and unexpired: one use, even under a race. */
  async consumeMagicLink(tokenHash: string): Promise<MagicLink | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [rows] = (await this.manager.query(
      `UPDATE magic_links SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING id, email, purpose, payload`,
      [tokenHash],
    )) as [MagicLink[], number];
    return rows[0] ?? null;
  }

  /** Makes every unused link mailed to the address unusable (signing out everywhere). */
  async voidLinks(email: string): Promise<void> {
    await this.manager.query(
      'UPDATE magic_links SET used_at = now() WHERE email = $1 AND used_at IS NULL AND expires_at > now()',
      [email],
    );
  }

  /**
   * Notes one more sign-in mail to the address (by its keyed hash), unless it has had `max` in the last
   * `minutes` already; true when the mail may go. One statement, so two requests at once cannot both slip in.
   */
  async takeAuthMail(addressHash: string, max: number, minutes: number): Promise<boolean> {
    await this.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [addressHash]);
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO auth_mails (address_hash)
       SELECT $1 WHERE (SELECT count(*) FROM auth_mails
                        WHERE address_hash = $1 AND created_at > now() - make_interval(mins => $3)) < $2
       RETURNING id`,
      [addressHash, max, minutes],
    );
    return rows.length > 0;
  }

  /** Removes sessions and links that can no longer be used; returns how many rows went. */
  async purgeExpired(idleDays: number): Promise<number> {
    const [, sessions] = (await this.manager.query(
      `DELETE FROM sessions WHERE expires_at < now() - interval '1 day' OR revoked_at < now() - interval '1 day'
         OR last_seen_at < now() - make_interval(days => $1 + 1)`,
      [idleDays],
    )) as [unknown, number];
    const [, links] = (await this.manager.query(
      `DELETE FROM magic_links WHERE expires_at < now() - interval '1 day'`,
    )) as [unknown, number];
    const [, mails] = (await this.manager.query(
      `DELETE FROM auth_mails WHERE created_at < now() - interval '1 day'`,
    )) as [unknown, number];
    const [, codes] = (await this.manager.query(
      `DELETE FROM account_codes WHERE expires_at < now() - interval '1 day'`,
    )) as [unknown, number];
    return sessions + links + mails + codes;
  }

  // One-time codes of existing accounts (in-person sign-in, confirming an added address)

  async insertAccountCode(c: {
    userId: string;
    purpose: AccountCodePurpose;
    codeHash: string;
    email: string | null;
    createdBy: string | null;
    ttlMinutes: number;
  }): Promise<Date> {
    const rows: { expires_at: Date }[] = await this.manager.query(
      `INSERT INTO account_codes (user_id, purpose, code_hash, email, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(mins => $6)) RETURNING expires_at`,
      [c.userId, c.purpose, c.codeHash, c.email, c.createdBy, c.ttlMinutes],
    );
    return rows[0].expires_at;
  }

  /** Voids the person's unused codes of one purpose, so only the newest one works. */
  async voidAccountCodes(userId: string, purpose: AccountCodePurpose): Promise<void> {
    await this.manager.query(
      `UPDATE account_codes SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose],
    );
  }

  /** Marks the code used and returns it, only if it is unused and unexpired: one use, even under a race. */
  async consumeAccountCode(codeHash: string, purpose: AccountCodePurpose): Promise<AccountCode | null> {
    const [rows] = (await this.manager.query(
      `UPDATE account_codes SET used_at = now()
       WHERE code_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
       RETURNING user_id AS "userId", email`,
      [codeHash, purpose],
    )) as [AccountCode[], number];
    return rows[0] ?? null;
  }

  async countRecentAccountCodes(
    userId: string,
    purpose: AccountCodePurpose,
    minutes: number,
  ): Promise<number> {
    const rows: { n: string }[] = await this.manager.query(
      `SELECT count(*) AS n FROM account_codes
       WHERE user_id = $1 AND purpose = $2 AND created_at > now() - make_interval(mins => $3)`,
      [userId, purpose, minutes],
    );
    return Number(rows[0].n);
  }
}
