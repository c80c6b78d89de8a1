// The signed-in person's own account: what it says of them, their language, their password.
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { AccountsRepository } from './accounts.repository';
import { hashPassword, verifyPassword } from './password';
import type { Locale } from './roles';

@Injectable()
export class ProfileService {
  constructor(private readonly repo: AccountsRepository) {}

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

  async setPassword(userId: string, newPassword: string, currentPassword?: string): Promise<void> {
    const user = await this.repo.findUserById(userId);
    if (!user) throw new NotFoundException({ code: 'not_found', message: 'No such account.' });
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
}
