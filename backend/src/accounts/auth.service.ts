// Getting in: sign-up, sign-in links, password sign-in and signing out.
import {
  BadRequestException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../platform/config/config';
import { MAIL_PORT, MailPort, OutgoingMail } from '../platform/mail/mail.port';
import { AttemptLimiter } from '../platform/redis/attempt-limiter';
import type { AuthUser } from '../platform/auth/access';
import { AccountsRepository } from './accounts.repository';
import { accountMail } from './account.mails';
import { MagicLink } from './magic-link.entity';
import { verifyPassword } from './password';
import { NewSession, SessionService } from './session.service';
import { newToken, normaliseEmail } from './tokens';
import type { Locale } from './roles';
import { User } from './user.entity';

export const INVITE_TTL_MINUTES = 7 * 24 * 60;
/** The window of the per-address cap on sign-in mails (AUTH_MAILS_PER_ADDRESS). */
const AUTH_MAIL_WINDOW_MINUTES = 15;

const linkInvalid = () =>
  new BadRequestException({
    code: 'link_invalid',
    message: 'This link has expired or has already been used. Ask for a new one.',
  });

const badCredentials = () =>
  new UnauthorizedException({
    code: 'bad_credentials',
    message: 'The e-mail address or the password is wrong.',
  });

/**
 * Getting in. Two rules shape it (docs/security.md):
 * - nothing is chosen before the address is proved: sign-up takes only the address, and the name, role,
 *   organisation and password are chosen in the session the mailed link opens;
 * - a stranger learns nothing from the answers: sign-up and link requests answer 202 alike whether the
 *   address has an account or not, and a per-address cap on mails drops extra mails silently.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly repo: AccountsRepository,
    private readonly sessions: SessionService,
    private readonly attempts: AttemptLimiter,
    @Inject(MAIL_PORT) private readonly mail: MailPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Mails a link that proves the address (a sign-in link if it has an account already). */
  async signUp(rawEmail: string, locale: Locale): Promise<void> {
    const email = normaliseEmail(rawEmail);
    if (!(await this.mayMail(email))) return;
    const existing = await this.repo.findUserByEmail(email);
    if (existing) {
      // Never tell a stranger whether an address has an account: mail its owner a sign-in link instead.
      await this.sendLink(this.repo, email, 'sign_in', {}, existing.locale, '');
      return;
    }
    await this.sendLink(this.repo, email, 'sign_up', { locale }, locale, '');
  }

  async requestMagicLink(rawEmail: string, locale: Locale): Promise<void> {
    const email = normaliseEmail(rawEmail);
    if (!(await this.mayMail(email))) return;
    const user = await this.repo.findUserByEmail(email);
    if (!user) {
      await this.deliver(
        accountMail('no_account', { to: email, locale, url: `${this.config.publicUrl}/sign-up`, minutes: 0 }),
      );
      return;
    }
    await this.sendLink(this.repo, email, 'sign_in', {}, user.locale, '');
  }

  /**
   * Uses a link once and opens a session proved by it. A sign-up link creates a pending account (nothing in it
   * chosen yet); an invitation creates the coordinator it names.
   */
  async verifyMagicLink(token: string): Promise<NewSession> {
    return this.repo.transaction(async (tx) => {
      const link = await tx.consumeMagicLink(this.sessions.hash(token));
      if (!link) throw linkInvalid();
      const user = (await tx.findUserByEmail(link.email)) ?? (await this.createFromLink(tx, link));
      if (this.demoRefused(user)) throw linkInvalid();
      if (link.purpose === 'invite' && link.payload.organisationId) await this.join(tx, user, link.payload);
      return this.sessions.open(tx, user, 'link');
    });
  }

  /**
   * Password sign-in. Wrong tries are counted per address (known or not, so the answers stay alike); past a few,
   * each try waits a little longer, up to a minute: a guesser is slowed down, the owner never locked out.
   */
  async signInWithPassword(rawEmail: string, password: string): Promise<NewSession> {
    const email = normaliseEmail(rawEmail);
    const key = `password:${this.sessions.hash(email)}`;
    const waitMs = await this.attempts.waitMs(key);
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new HttpException(
        {
          code: 'rate_limited',
          message: `Too many wrong passwords for this address. Wait ${seconds} seconds, or sign in with a link.`,
          retryAfterSeconds: seconds,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const user = await this.repo.findUserByEmail(email);
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok || this.demoRefused(user)) {
      await this.attempts.fail(key);
      throw badCredentials();
    }
    await this.attempts.reset(key);
    return this.sessions.open(this.repo, user, 'password');
  }

  signOut(user: AuthUser): Promise<void> {
    return this.sessions.end(user);
  }

  /** Ends every session of the person and voids the sign-in links still waiting in their mail. */
  async signOutEverywhere(user: AuthUser): Promise<void> {
    await this.repo.transaction(async (tx) => {
      await this.sessions.endAll(user.id, undefined, tx);
      if (user.email) await tx.voidLinks(user.email);
    });
  }

  /** Mails a single-use link (inside `tx` when given), and says so only once the mail is out. */
  async sendLink(
    tx: AccountsRepository,
    email: string,
    purpose: MagicLink['purpose'],
    payload: MagicLink['payload'],
    locale: Locale,
    name: string,
    ttlMinutes = this.config.magicLinkTtlMinutes,
  ): Promise<void> {
    const token = newToken();
    await tx.insertMagicLink({ tokenHash: this.sessions.hash(token), email, purpose, payload, ttlMinutes });
    const url = `${this.config.publicUrl}/auth/verify?token=${encodeURIComponent(token)}`;
    const kind =
      purpose === 'sign_up'
        ? 'welcome'
        : purpose === 'invite'
          ? payload.organisationId
            ? 'join'
            : 'invite'
          : 'sign_in';
    await this.deliver(
      accountMail(kind, { to: email, locale, url, name: name || undefined, minutes: ttlMinutes }),
    );
  }

  /** Sent while the person waits at the screen, so a mail failure is reported to them at once. */
  private async deliver(mail: OutgoingMail): Promise<void> {
    try {
      await this.mail.send(mail);
    } catch {
      throw new HttpException(
        {
          code: 'mail_failed',
          message: 'We could not send the mail just now. Please try again in a moment.',
        },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
  }

  /** Whether one more sign-in mail may go to the address in this window (the cap is silent: 202 either way). */
  mayMail(email: string): Promise<boolean> {
    return this.repo.transaction((tx) =>
      tx.takeAuthMail(
        this.sessions.hash(`mail:${email}`),
        this.config.authMailsPerAddress,
        AUTH_MAIL_WINDOW_MINUTES,
      ),
    );
  }

  /** Demo accounts have known passwords: they never sign in to a production installation. */
  private demoRefused(user: User): boolean {
    return user.isDemo && this.config.env === 'production';
  }

  /**
   * An owner's invitation was followed: the person joins as a member. Only an organisation's account (or one
   * still pending, which finishes as one) joins; a seeker's or the staff's account only signs in, since one
   * account has one role.
   */
  private async join(tx: AccountsRepository, user: User, p: MagicLink['payload']): Promise<void> {
    if (user.role !== 'organisation' && user.status !== 'pending') return;
    if (!(await tx.joinOrganisation(p.organisationId!, user.id))) return;
    await tx.audit({
      actorId: user.id,
      action: 'join_organisation',
      subjectType: 'organisation',
      subjectId: p.organisationId!,
      after: { userId: user.id, role: 'member', invitedBy: p.invitedBy ?? null },
    });
  }

  private async createFromLink(tx: AccountsRepository, link: MagicLink): Promise<User> {
    const p = link.payload;
    if (link.purpose === 'sign_up' || (link.purpose === 'invite' && p.organisationId)) {
      // Pending: the person chooses their name, role and password next, in the session this link opens.
      const user = await tx.insertUser({
        email: link.email,
        name: '',
        role: p.organisationId ? 'organisation' : 'seeker',
        locale: p.locale ?? 'fi',
        passwordHash: null,
        status: 'pending',
      });
      if (!user) throw linkInvalid();
      return user;
    }
    if (link.purpose !== 'invite' || p.role !== 'coordinator' || !p.name) throw linkInvalid();
    const user = await tx.insertUser({
      email: link.email,
      name: p.name,
      role: 'coordinator',
      locale: p.locale ?? 'fi',
      passwordHash: null,
    });
    if (!user) throw linkInvalid();
    await tx.emit('account.created', { userId: user.id, role: user.role });
    return user;
  }
}
