// Meeting people in person: a coordinator registers a seeker who may have no e-mail address and prints a
// one-time sign-in code for them; the seeker signs in with it on their own phone and may add an address later,
// confirmed by a link.
import {
  BadRequestException,
  ConflictException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../platform/config/config';
import { MAIL_PORT, MailPort } from '../platform/mail/mail.port';
import { AccountsRepository } from './accounts.repository';
import { accountMail } from './account.mails';
import { NewSession, SessionService } from './session.service';
import { newSignInCode, normaliseSignInCode } from './sign-in-code';
import { newToken, normaliseEmail } from './tokens';
import type { Locale } from './roles';

/** A printed code lasts two weeks: people go home, find the paper and try it days later. */
export const SIGN_IN_CODE_TTL_MINUTES = 14 * 24 * 60;
/** At most this many confirmation links per person in a quarter of an hour. */
const CONFIRMATIONS_PER_PERSON = 5;

export interface PrintedCode {
  seekerId: string;
  name: string;
  code: string;
  signInUrl: string;
  expiresAt: string;
}

const codeInvalid = () =>
  new BadRequestException({
    code: 'code_invalid',
    message: 'This code has expired or has already been used. Ask your coordinator for a new one.',
    errors: [{ field: 'code', code: 'code_invalid', message: 'The code is wrong, used or expired.' }],
  });

@Injectable()
export class InPersonService {
  constructor(
    private readonly repo: AccountsRepository,
    private readonly sessions: SessionService,
    @Inject(MAIL_PORT) private readonly mail: MailPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates the seeker's account (an address is optional) and their first sign-in code. */
  async register(input: { name: string; email?: string; locale: Locale }, by: string): Promise<PrintedCode> {
    const email = input.email ? normaliseEmail(input.email) : null;
    return this.repo.transaction(async (tx) => {
      const user = await tx.insertUser({
        email,
        name: input.name.trim(),
        role: 'seeker',
        locale: input.locale,
        passwordHash: null,
      });
      if (!user)
        throw new ConflictException({
          code: 'conflict',
          message: 'This address already has an account.',
          errors: [{ field: 'email', code: 'taken', message: 'This address already has an account.' }],
        });
      await tx.emit('account.created', { userId: user.id, role: user.role });
      await tx.audit({
        actorId: by,
        action: 'register_seeker',
        subjectType: 'user',
        subjectId: user.id,
        after: { role: 'seeker', withEmail: email !== null },
      });
      return this.issue(tx, user.id, user.name, by);
    });
  }

  /** A new code for a seeker who lost theirs; the old one stops working. */
  async newCode(seekerId: string, by: string): Promise<PrintedCode> {
    return this.repo.transaction(async (tx) => {
      const user = await tx.findUserById(seekerId);
      if (!user || user.role !== 'seeker')
        throw new BadRequestException({ code: 'not_a_seeker', message: 'No such job seeker.' });
      return this.issue(tx, user.id, user.name, by);
    });
  }

  async signIn(typed: string): Promise<NewSession> {
    return this.repo.transaction(async (tx) => {
      const code = await tx.consumeAccountCode(this.sessions.hash(normaliseSignInCode(typed)), 'sign_in');
      const user = code && (await tx.findUserById(code.userId));
      if (!user) throw codeInvalid();
      // A printed one-time code proves the person as a mailed link does (fresh proof for a first password).
      return this.sessions.open(tx, user, 'link');
    });
  }

  /** Mails a confirmation link to an address the person adds; the address is theirs once they open it. */
  async requestEmail(userId: string, rawEmail: string): Promise<void> {
    const email = normaliseEmail(rawEmail);
    const user = await this.repo.findUserById(userId);
    if (!user) throw new BadRequestException({ code: 'not_found', message: 'No such account.' });
    if ((await this.repo.countRecentAccountCodes(userId, 'confirm_email', 15)) >= CONFIRMATIONS_PER_PERSON)
      throw new HttpException(
        { code: 'rate_limited', message: 'Too many links were asked. Wait 15 minutes and try again.' },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    const token = newToken();
    const minutes = this.config.magicLinkTtlMinutes;
    await this.repo.transaction(async (tx) => {
      await tx.voidAccountCodes(userId, 'confirm_email');
      await tx.insertAccountCode({
        userId,
        purpose: 'confirm_email',
        codeHash: this.sessions.hash(token),
        email,
        createdBy: null,
        ttlMinutes: minutes,
      });
    });
    const url = `${this.config.publicUrl}/auth/email?token=${encodeURIComponent(token)}`;
    try {
      await this.mail.send(accountMail('confirm_email', { to: email, locale: user.locale, url, minutes }));
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

  /** Uses a confirmation link once: the address becomes the account's, unless another account has it. */
  async confirmEmail(token: string): Promise<void> {
    await this.repo.transaction(async (tx) => {
      const code = await tx.consumeAccountCode(this.sessions.hash(token), 'confirm_email');
      if (!code?.email)
        throw new BadRequestException({
          code: 'link_invalid',
          message: 'This link has expired or has already been used. Ask for a new one.',
        });
      if (await tx.findUserByEmail(code.email))
        throw new ConflictException({ code: 'conflict', message: 'This address already has an account.' });
      await tx.updateUser(code.userId, { email: code.email });
    });
  }

  private async issue(
    tx: AccountsRepository,
    userId: string,
    name: string,
    by: string,
  ): Promise<PrintedCode> {
    const code = newSignInCode();
    await tx.voidAccountCodes(userId, 'sign_in');
    await tx.audit({ actorId: by, action: 'issue_sign_in_code', subjectType: 'user', subjectId: userId });
    const expiresAt = await tx.insertAccountCode({
      userId,
      purpose: 'sign_in',
      codeHash: this.sessions.hash(code),
      email: null,
      createdBy: by,
      ttlMinutes: SIGN_IN_CODE_TTL_MINUTES,
    });
    return {
      seekerId: userId,
      name,
      code,
      signInUrl: `${this.config.publicUrl}/sign-in/code?code=${encodeURIComponent(code)}`,
      expiresAt: expiresAt.toISOString(),
    };
  }
}
