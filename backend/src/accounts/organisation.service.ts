// Organisations as the rest of the product sees them: who they are, whether a coordinator has checked them,
// and who their members are.
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { CLOCK, Clock } from '../platform/clock/clock';
import { AccountsRepository, OrganisationFacts } from './accounts.repository';

@Injectable()
export class OrganisationService {
  constructor(
    private readonly repo: AccountsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The organisation's name, kind and whether it is verified, or null when there is none. */
  find(organisationId: string): Promise<OrganisationFacts | null> {
    return this.repo.organisation(organisationId);
  }

  /** Pauses the organisation (its gigs stop being offered) or lifts the pause; audited. */
  async setPaused(organisationId: string, paused: boolean, by: string): Promise<void> {
    await this.repo.transaction(async (tx) => {
      const before = await tx.setOrganisationPaused(organisationId, paused ? this.clock.now() : null);
      if (!before) throw new NotFoundException({ code: 'not_found', message: 'No such organisation.' });
      await tx.audit({
        actorId: by,
        action: paused ? 'pause_organisation' : 'resume_organisation',
        subjectType: 'organisation',
        subjectId: organisationId,
        before,
        after: { paused },
      });
    });
  }

  memberIds(organisationId: string): Promise<string[]> {
    return this.repo.memberIds(organisationId);
  }

  async verify(organisationId: string, by: string): Promise<void> {
    await this.repo.transaction(async (tx) => {
      if (!(await tx.verifyOrganisation(organisationId, this.clock.now()))) {
        throw new NotFoundException({ code: 'not_found', message: 'No such organisation.' });
      }
      await tx.emit('organisation.verified', { organisationId, by });
      await tx.audit({
        actorId: by,
        action: 'verify_organisation',
        subjectType: 'organisation',
        subjectId: organisationId,
      });
    });
  }
}
