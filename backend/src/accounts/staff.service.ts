// The project's staff: an admin invites coordinators and sees who they are.
import { ConflictException, Injectable } from '@nestjs/common';
import { AccountsRepository } from './accounts.repository';
import { AuthService, INVITE_TTL_MINUTES } from './auth.service';
import type { Locale } from './roles';
import { normaliseEmail } from './tokens';

@Injectable()
export class StaffService {
  constructor(
    private readonly repo: AccountsRepository,
    private readonly auth: AuthService,
  ) {}

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
      // Giving someone the coordinator's role: the audit log keeps who did it.
      await tx.audit({
        actorId: invitedBy,
        action: 'invite_coordinator',
        subjectType: 'invitation',
        subjectId: email,
        after: { role: 'coordinator', name: input.name.trim() },
      });
      const name = input.name.trim();
      await this.auth.sendLink(
        tx,
        email,
        'invite',
        { name, role: 'coordinator', locale: input.locale },
        input.locale,
        name,
        INVITE_TTL_MINUTES,
      );
    });
  }

  async listCoordinators() {
    const users = await this.repo.listUsersByRole('coordinator');
    return users.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email ?? '',
      createdAt: u.createdAt.toISOString(),
    }));
  }
}
