// The signed-in person's own account: what it says of them, their language, their password, and finishing
// an account that a sign-up link opened.
import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { AuthUser } from '../platform/auth/access';
import { AccountsRepository } from './accounts.repository';
import { hashPassword, verifyPassword } from './password';
import type { Locale, OrganisationKind } from './roles';
import { SessionService } from './session.service';

export interface FinishAccountInput {
  name: string;
  accountType: 'seeker' | 'organisation';
  organisationName?: string;
  organisationKind?: OrganisationKind;
  password?: string;
}

const fieldsNeedFixing = (errors: { field: string; code: string; message: string }[]) =>
  new BadRequestException({ code: 'validation', message: 'Some fields need fixing.', errors });

@Injectable()
export class ProfileService {
  constructor(
    private readonly repo: AccountsRepository,
    private readonly sessions: SessionService,
  ) {}

  async me(userId: string) {
    const user = await this.repo.findUserById(userId);
    if (!user) throw new NotFoundException({ code: 'not_found', message: 'No such account.' });
    const memberships = await this.repo.memberships(userId);
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      locale: user.locale,
      hasPassword: !!user.passwordHash,
      pending: user.status === 'pending',
      memberships,
    };
  }

  async update(userId: string, changes: { name?: string; locale?: Locale }) {
    const patch: { name?: string; locale?: Locale } = {};
    if (changes.name !== undefined) patch.name = changes.name.trim();
    if (changes.locale !== undefined) patch.locale = changes.locale;
    if (Object.keys(patch).length) await this.repo.updateUser(userId, patch);
    return this.me(userId);
  }

  /**
   * The choices of a new account, made in the session its sign-up link opened (so by whoever holds the
   * address), once: afterwards the account is active and this answers 409.
   */
  async finishAccount(caller: AuthUser, input: FinishAccountInput) {
    // Someone who followed an owner's invitation has joined an organisation already: no new one is needed.
    const joined =
      input.accountType === 'organisation' && (await this.repo.memberships(caller.id)).length > 0;
    if (input.accountType === 'organisation' && !joined) {
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
      if (errors.length) throw fieldsNeedFixing(errors);
    }
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    await this.repo.transaction(async (tx) => {
      const user = await tx.findUserById(caller.id);
      if (!user || user.status !== 'pending') {
        throw new ConflictException({ code: 'account_active', message: 'This account is already set up.' });
      }
      await tx.updateUser(user.id, {
        name: input.name.trim(),
        role: input.accountType,
        status: 'active',
        passwordHash,
      });
      await tx.emit('account.created', { userId: user.id, role: input.accountType });
      if (input.accountType === 'organisation' && input.organisationName && input.organisationKind) {
        const org = await tx.insertOrganisation({
          name: input.organisationName.trim(),
          kind: input.organisationKind,
        });
        await tx.insertMember(org.id, user.id, 'owner');
        await tx.emit('organisation.registered', {
          organisationId: org.id,
          organisationName: org.name,
          userId: user.id,
        });
      }
      if (passwordHash) await this.sessions.endAll(user.id, caller.sessionId, tx);
    });
    return this.me(caller.id);
  }

  /**
   * Sets a first password or changes it. Either needs a fresh proof: the current password, or a session a
   * mailed link opened minutes ago (so an owner whose password someone else set can still take it back).
   * Every other session of the person then ends.
   */
  async setPassword(caller: AuthUser, newPassword: string, currentPassword?: string): Promise<void> {
    const user = await this.repo.findUserById(caller.id);
    if (!user) throw new NotFoundException({ code: 'not_found', message: 'No such account.' });
    const provedByPassword =
      !!user.passwordHash && !!currentPassword && (await verifyPassword(user.passwordHash, currentPassword));
    if (!provedByPassword && !(await this.sessions.isFreshLink(caller.sessionId))) {
      if (user.passwordHash && currentPassword) {
        throw fieldsNeedFixing([
          { field: 'currentPassword', code: 'wrong_password', message: 'The current password is wrong.' },
        ]);
      }
      throw new ForbiddenException({
        code: 'proof_required',
        message: user.passwordHash
          ? 'Give your current password, or sign in again with a link from your e-mail first.'
          : 'For your safety, sign in again with a link from your e-mail, then set the password.',
      });
    }
    const passwordHash = await hashPassword(newPassword);
    await this.repo.transaction(async (tx) => {
      await tx.updateUser(user.id, { passwordHash });
      await this.sessions.endAll(user.id, caller.sessionId, tx);
    });
  }
}
