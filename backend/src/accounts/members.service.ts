// An organisation's members: its owner invites people by e-mail and removes them. Joining happens when the
// invited person follows the mailed link (AuthService.verifyMagicLink), so only whoever holds the address joins.
import {
  ConflictException,
  ForbiddenException,
  HttpException,
  HttpStatus,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { AccountsRepository, MemberRow } from './accounts.repository';
import { AuthService, INVITE_TTL_MINUTES } from './auth.service';
import type { Locale } from './roles';
import { normaliseEmail } from './tokens';

/** An organisation sends at most this many invitations a day: enough for a team, too few for spam. */
export const INVITATIONS_PER_DAY = 20;

const notOwner = () =>
  new ForbiddenException({ code: 'forbidden', message: 'Only an owner of the organisation can do this.' });

export interface MemberList {
  members: MemberRow[];
  invitations: { email: string; expiresAt: Date }[];
}

@Injectable()
export class MembersService {
  constructor(
    private readonly repo: AccountsRepository,
    private readonly auth: AuthService,
  ) {}

  async list(organisationId: string, callerId: string): Promise<MemberList> {
    await this.requireOwner(this.repo, organisationId, callerId);
    const [members, invitations] = await Promise.all([
      this.repo.members(organisationId),
      this.repo.openInvitations(organisationId),
    ]);
    return { members, invitations };
  }

  /**
   * Mails a single-use invitation. The answer is the same whether the address has an account, is a member
   * already, or has had too many mails lately (that cap drops the mail silently, as sign-up's does).
   */
  async invite(
    organisationId: string,
    callerId: string,
    input: { email: string; locale: Locale },
  ): Promise<void> {
    await this.requireOwner(this.repo, organisationId, callerId);
    const email = normaliseEmail(input.email);
    if ((await this.repo.countRecentInvitations(organisationId, 24 * 60)) >= INVITATIONS_PER_DAY) {
      throw new HttpException(
        {
          code: 'rate_limited',
          message: `An organisation can send ${INVITATIONS_PER_DAY} invitations a day. Try again tomorrow.`,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const org = await this.repo.organisation(organisationId);
    if (!org) throw new NotFoundException({ code: 'not_found', message: 'No such organisation.' });
    const mayMail = await this.auth.mayMail(email);
    await this.repo.transaction(async (tx) => {
      await tx.audit({
        actorId: callerId,
        action: 'invite_member',
        subjectType: 'organisation',
        subjectId: organisationId,
        after: { email, role: 'member' },
      });
      if (!mayMail) return;
      await this.auth.sendLink(
        tx,
        email,
        'invite',
        { organisationId, invitedBy: callerId, locale: input.locale },
        input.locale,
        org.name,
        INVITE_TTL_MINUTES,
      );
    });
  }

  /** Removes a member; an organisation always keeps at least one owner. */
  async remove(organisationId: string, callerId: string, userId: string): Promise<void> {
    await this.repo.transaction(async (tx) => {
      await this.requireOwner(tx, organisationId, callerId);
      const members = await tx.members(organisationId, true);
      const target = members.find((m) => m.userId === userId);
      if (!target) throw new NotFoundException({ code: 'not_found', message: 'No such member.' });
      if (target.role === 'owner' && members.filter((m) => m.role === 'owner').length === 1) {
        throw new ConflictException({
          code: 'last_owner',
          message: 'The organisation needs at least one owner. This is the last one.',
        });
      }
      await tx.removeMember(organisationId, userId);
      await tx.audit({
        actorId: callerId,
        action: 'remove_member',
        subjectType: 'organisation',
        subjectId: organisationId,
        before: { userId, role: target.role },
      });
    });
  }

  private async requireOwner(tx: AccountsRepository, organisationId: string, callerId: string) {
    if ((await tx.memberRole(callerId, organisationId)) !== 'owner') throw notOwner();
  }
}
