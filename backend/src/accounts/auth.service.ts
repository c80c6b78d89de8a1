// Getting in: sign-up, sign-in links, password sign-in and signing out.
import {
  BadRequestException,
  ConflictException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../platform/config/config';
import { MAIL_PORT, MailPort } from '../platform/mail/mail.port';
import type { AuthUser } from '../platform/auth/access';
import { AccountsRepository } from './accounts.repository';
import { accountMail } from './account.mails';
import { MagicLink } from './magic-link.entity';
import { hashPassword, verifyPassword } from './password';
import { NewSession, SessionService } from './session.service';
import { newToken, normaliseEmail } from './tokens';
import type { Locale, OrganisationKind } from './roles';
import { User } from './user.entity';

/** At most this many links per address in a quarter of an hour, whoever asks. */
const LINKS_PER_ADDRESS = 5;
export const INVITE_TTL_MINUTES = 7 * 24 * 60;

export interface SignUpInput {
  email: string;
  name: string;
  accountType: 'seeker' | 'organisation';
  organisationName?: string;
  organisationKind?: OrganisationKind;
  locale: Locale;
  password?: string;
}

const linkInvalid = () =>
  new BadRequestException({
    code: 'link_invalid',
    message: 'This link has expired or has already been used. Ask for a new one.',
  });

@Injectable()
export class AuthService {
  constructor(
    private readonly repo: AccountsRepository,
    private readonly sessions: SessionService,
    @Inject(MAIL_PORT) private readonly mail: MailPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signUp(input: SignUpInput): Promise<void> {
    const email = normaliseEmail(input.email);
    if (input.accountType === 'organisation') {
      const errors = [
        ...(!input.organisationName?.trim()
          ? [{ field: 'organisationName', code: 'required', message: 'Give the name of the organisation.' }]
          : []),
        ...(!input.organisationKind
          ? [
              {
                field: 'organisationKind',
                code: 'required',
                message: 'Choose association, household or company.',
              },
            ]
          : []),
      ];
      if (errors.length)
        throw new BadRequestException({ code: 'validation', message: 'Some fields need fixing.', errors });
    }
    await this.limitLinks(email);
    const existing = await this.repo.findUserByEmail(email);
    if (existing) {
      // Never tell a stranger whether an address has an account: mail its owner a sign-in link instead.
      await this.sendLink(this.repo, email, 'sign_in', {}, existing.locale, existing.name);
      return;
    }
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    await this.sendLink(
      this.repo,
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
    await this.sendLink(this.repo, email, 'sign_in', {}, user.locale, user.name);
  }

  /** Uses a link once: creates the account a sign-up or invitation describes, then a session. */
  async verifyMagicLink(token: string): Promise<NewSession> {
    return this.repo.transaction(async (tx) => {
      const link = await tx.consumeMagicLink(this.sessions.hash(token));
      if (!link) throw linkInvalid();
      const user = (await tx.findUserByEmail(link.email)) ?? (await this.createFromLink(tx, link));
      return this.sessions.open(tx, user);
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
    return this.sessions.open(this.repo, user);
  }

  signOut(user: AuthUser): Promise<void> {
    return this.sessions.end(user);
  }

  signOutEverywhere(user: AuthUser): Promise<number> {
    return this.sessions.endAll(user.id);
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

  private async createFromLink(tx: AccountsRepository, link: MagicLink): Promise<User> {
    const p = link.payload;
    if (link.purpose === 'sign_in' || !p.role || !p.name) throw linkInvalid();
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
      await tx.emit('organisation.registered', {
        organisationId: org.id,
        organisationName: org.name,
        userId: user.id,
      });
    }
    return user;
  }
}
