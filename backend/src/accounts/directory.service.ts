// Who to reach: the addresses, names and languages of people, for features that tell people things.
import { Injectable } from '@nestjs/common';
import { AccountsRepository, Contact } from './accounts.repository';

export type { Contact };

@Injectable()
export class DirectoryService {
  constructor(private readonly repo: AccountsRepository) {}

  contacts(userIds: string[]): Promise<Contact[]> {
    return this.repo.contacts([...new Set(userIds)]);
  }

  /** The project's staff: every coordinator and admin. */
  staff(): Promise<string[]> {
    return this.repo.idsByRoles(['coordinator', 'admin']);
  }

  organisationMembers(organisationId: string): Promise<string[]> {
    return this.repo.memberIds(organisationId);
  }

  async name(userId: string): Promise<string | null> {
    const [c] = await this.repo.contacts([userId]);
    return c?.name ?? null;
  }
}
