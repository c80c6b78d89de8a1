// Sign-up, sign-in (magic link or password), sessions and the signed-in person's own account.
import {
  BadRequestException,
  ConflictException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../platform/config/config';
import { MAIL_PORT, MailPort } from '../platform/mail/mail.port';
import type { AuthUser, SessionResolver } from '../platform/auth/access';
import { AccountsRepository } from './accounts.repository';
import { accountMail } from './account.mails';
import { MagicLink } from './magic-link.entity';
import { hashPassword, verifyPassword } from './password';
import { hashToken, newToken, normaliseEmail } from './tokens';
import type { Locale, OrganisationKind } from './roles';
import { User } from './user.entity';

/** At most this many links per address in a quarter of an hour, whoever asks. */
const LINKS_PER_ADDRESS = 5;
const INVITE_TTL_MINUTES = 7 * 24 * 60;

export interface SignUpInput {
  email: string;
  name: string;
  accountType: 'seeker' | 'organisation';
  organisationName?: string;
  organisationKind?: OrganisationKind;
  locale: Locale;
  password?: string;
}

export interface NewSession {
  token: string;
  expiresAt: Date;
  user: User;
}

@Injectable()
export class AuthService implements SessionResolver {
  constructor(
    private readonly repo: AccountsRepository,
    @Inject(MAIL_PORT) private readonly mail: MailPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signUp(input: SignUpInput): Promise<void> {
    const email = normaliseEmail(input.email);
    if (
      input.accountType === 'organisation' &&
      (!input.organisationName?.trim() || !input.organisationKind)
    ) {
      throw new BadRequestException({
        code: 'validation',
        message: 'Some fields need fixing.',
        errors: [
          ...(!input.organisationName?.trim()
            ? [
                {
                  field: 'organisationName',
                  code: 'required',
                  message: 'organisationName should not be empty',
                },
              ]
            : []),
          ...(!input.organisationKind
            ? [
                {
                  field: 'organisationKind',
                  code: 'required',
                  message: 'organisationKind should not be empty',
                },
              ]
            : []),
        ],
      });
    }
    await this.limitLinks(email);
    const existing = await this.repo.findUserByEmail(email);
    if (existing) {
      // Never tell a stranger whether an address has an account: mail its owner a sign-in link instead.
      await this.sendLink(existing.email, 'sign_in', {}, existing.locale, existing.name);
      return;
    }
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    await this.sendLink(
      email,
      'sign_up',
      {
        name: input.name.trim(),
        role: input.accountType,
        locale: input.locale,
        organisationName: input.organisationName?.trim(),
        organisationKind: input.organisationKind,
        passwordHash,
      },
      input.locale,
      input.name.trim(),
    );
  }

  async requestMagicLink(rawEmail: string, locale: Locale): Promise<void> {
    const email = normaliseEmail(rawEmail);
    await this.limitLinks(email);
    const user = await this.repo.findUserByEmail(email);
    if (!user) {
      await this.mail.send(
        accountMail('no_account', { to: email, locale, url: `${this.config.publicUrl}/sign-up`, minutes: 0 }),
      );
      return;
    }
    await this.sendLink(user.email, 'sign_in', {}, user.locale, user.name);
  }

  async inviteCoordinator(
    invitedBy: string,
    input: { email: string; name: string; locale: Locale },
  ): Promise<void> {
    const email = normaliseEmail(input.email);
    if (await this.repo.findUserByEmail(email)) {
      throw new ConflictException({
        code: 'conflict',
        message: 'This address already has an account.',
        errors: [{ field: 'email', code: 'taken', message: 'This address already has an account.' }],
      });
    }
    await this.repo.transaction(async (tx) => {
      await tx.emit('coordinator.invited', { invitedBy });
      await this.sendLink(
        email,
        'invite',
        { name: input.name.trim(), role: 'coordinator', locale: input.locale },
        input.locale,
        input.name.trim(),
        tx,
        INVITE_TTL_MINUTES,
      );
    });
  }

  /** Uses a link once: creates the account a sign-up or invitation describes, then a session. */
  async verifyMagicLink(token: string): Promise<NewSession> {
    return this.repo.transaction(async (tx) => {
      const link = await tx.consumeMagicLink(hashToken(this.config.sessionSecret, token));
      if (!link) {
        throw new BadRequestException({
          code: 'link_invalid',
          message: 'This link has expired or has already been used. Ask for a new one.',
        });
      }
      const user = (await tx.findUserByEmail(link.email)) ?? (await this.createFromLink(tx, link));
      return this.openSession(tx, user);
    });
  }

  async signInWithPassword(rawEmail: string, password: string): Promise<NewSession> {
    const user = await this.repo.findUserByEmail(normaliseEmail(rawEmail));
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      throw new UnauthorizedException({
        code: 'bad_credentials',
        message: 'The e-mail address or the password is wrong.',
      });
    }
    return this.openSession(this.repo, user);
  }

  signOut(user: AuthUser): Promise<void> {
    return this.repo.revokeSession(user.sessionId);
  }

  async signOutEverywhere(user: AuthUser): Promise<number> {
    return this.repo.revokeAllSessions(user.id);
  }

  // SessionResolver, for the access guard

  resolve(token: string): Promise<AuthUser | null> {
    if (token.length > 100) return Promise.resolve(null);
    return this.repo.resolveSession(hashToken(this.config.sessionSecret, token));
  }

  isMember(userId: string, organisationId: string): Promise<boolean> {
    return this.repo.isMember(userId, organisationId);
  }

  // The signed-in person's own account

  async me(userId: string) {
    const user = await this.repo.findUserById(userId);
    if (!user) throw new NotFoundException();
    const memberships = await this.repo.memberships(userId);
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      locale: user.locale,
      hasPassword: !!user.passwordHash,
      memberships,
    };
  }

  async updateMe(userId: string, changes: { name?: string; locale?: Locale }) {
    const patch: { name?: string; locale?: Locale } = {};
    if (changes.name !== undefined) patch.name = changes.name.trim();
    if (changes.locale !== undefined) patch.locale = changes.locale;
    if (Object.keys(patch).length) await this.repo.updateUser(userId, patch);
    return this.me(userId);
  }

  async setPassword(userId: string, newPassword: string, currentPassword?: string): Promise<void> {
    const user = await this.repo.findUserById(userId);
    if (!user) throw new NotFoundException();
    if (
      user.passwordHash &&
      !(currentPassword && (await verifyPassword(user.passwordHash, currentPassword)))
    ) {
      throw new BadRequestException({
        code: 'validation',
        message: 'Some fields need fixing.',
        errors: [
          { field: 'currentPassword', code: 'wrong_password', message: 'The current password is wrong.' },
        ],
      });
    }
    await this.repo.updateUser(userId, { passwordHash: await hashPassword(newPassword) });
  }

  async listCoordinators() {
    const users = await this.repo.listUsersByRole('coordinator');
    return users.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      createdAt: u.createdAt.toISOString(),
    }));
  }

  async verifyOrganisation(organisationId: string, by: string): Promise<void> {
    await this.repo.transaction(async (tx) => {
      if (!(await tx.verifyOrganisation(organisationId))) {
        throw new NotFoundException({ code: 'not_found', message: 'No such organisation.' });
      }
      await tx.emit('organisation.verified', { organisationId, by });
    });
  }

  purgeExpired(): Promise<number> {
    return this.repo.purgeExpired();
  }

  // Internals

  private async limitLinks(email: string): Promise<void> {
    if ((await this.repo.countRecentMagicLinks(email, 15)) >= LINKS_PER_ADDRESS) {
      throw new HttpException(
        {
          code: 'rate_limited',
          message: 'Too many links were asked for this address. Wait 15 minutes and try again.',
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  private async sendLink(
    email: string,
    purpose: MagicLink['purpose'],
    payload: MagicLink['payload'],
    locale: Locale,
    name: string,
    tx: AccountsRepository = this.repo,
    ttlMinutes = this.config.magicLinkTtlMinutes,
  ): Promise<void> {
    const token = newToken();
    await tx.insertMagicLink({
      tokenHash: hashToken(this.config.sessionSecret, token),
      email,
      purpose,
      payload,
      ttlMinutes,
    });
    const url = `${this.config.publicUrl}/auth/verify?token=${encodeURIComponent(token)}`;
    const kind = purpose === 'sign_up' ? 'welcome' : purpose === 'invite' ? 'invite' : 'sign_in';
    // Sent while the person waits at the screen, so a mail failure is reported to them at once.
    try {
      await this.mail.send(accountMail(kind, { to: email, locale, url, name, minutes: ttlMinutes }));
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

  private async createFromLink(tx: AccountsRepository, link: MagicLink): Promise<User> {
    const p = link.payload;
    if (link.purpose === 'sign_in' || !p.role || !p.name) {
      throw new BadRequestException({
        code: 'link_invalid',
        message: 'This link has expired or has already been used. Ask for a new one.',
      });
    }
    const user = await tx.insertUser({
      email: link.email,
      name: p.name,
      role: p.role,
      locale: p.locale ?? 'fi',
      passwordHash: p.passwordHash ?? null,
    });
    if (!user)
      throw new ConflictException({
        code: 'conflict',
        message: 'This address already has an account. Sign in.',
      });
    await tx.emit('account.created', { userId: user.id, role: user.role });
    if (p.role === 'organisation' && p.organisationName && p.organisationKind) {
      const org = await tx.insertOrganisation({ name: p.organisationName, kind: p.organisationKind });
      await tx.insertMember(org.id, user.id, 'owner');
      await tx.emit('organisation.registered', { organisationId: org.id, userId: user.id });
    }
    return user;
  }

  private async openSession(tx: AccountsRepository, user: User): Promise<NewSession> {
    const token = newToken();
    const s = await tx.insertSession(
      user.id,
      hashToken(this.config.sessionSecret, token),
      this.config.sessionTtlDays,
    );
    return { token, expiresAt: s.expiresAt, user };
  }
}
