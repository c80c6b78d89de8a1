// Privacy: a seeker downloads what the service holds about them and asks to be erased; a coordinator carries the
// erasure out. Erasure is one orchestrated transaction in which each feature scrubs its own tables through its
// PersonEraser (accounts, gigs, matching, cards, notifications, coordination, earnings, and the platform's
// outbox and audit log); the kept BullMQ jobs are scrubbed right after it commits. Rows stay: bookings,
// completions and ledger amounts keep counting in the reports, without a name.
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { AccountErasure } from '../accounts/account.erasure';
import { CardsErasure } from '../cards/cards.erasure';
import { CoordinationErasure } from '../coordination/coordination.erasure';
import { EarningsErasure } from '../earnings/earnings.erasure';
import { GigsErasure } from '../gigs/gigs.erasure';
import { MatchingErasure } from '../matching/matching.erasure';
import { NotificationsErasure } from '../notifications/notifications.erasure';
import { AuditLog } from '../platform/audit/audit.log';
import { CLOCK, Clock } from '../platform/clock/clock';
import { needlesOf, PersonEraser, phoneNumbers } from '../platform/database/erase';
import { PlatformErasure } from '../platform/database/platform.erasure';
import { JobsService } from '../platform/queues/jobs.service';
import { PersonalData, PrivacyQueries } from './privacy.queries';
import { PrivacyRepository } from './privacy.repository';

export interface ErasureStatus {
  requestedAt: Date | null;
  carriedOutAt: Date | null;
}

@Injectable()
export class PrivacyService {
  private readonly erasers: PersonEraser[];

  constructor(
    private readonly repo: PrivacyRepository,
    private readonly queries: PrivacyQueries,
    private readonly auditLog: AuditLog,
    private readonly jobs: JobsService,
    @Inject(CLOCK) private readonly clock: Clock,
    accounts: AccountErasure,
    gigs: GigsErasure,
    matching: MatchingErasure,
    cards: CardsErasure,
    notifications: NotificationsErasure,
    coordination: CoordinationErasure,
    earnings: EarningsErasure,
    platform: PlatformErasure,
  ) {
    // Accounts last: the others may still look the person up by id, never by name.
    this.erasers = [gigs, matching, cards, notifications, coordination, earnings, platform, accounts];
  }

  /** The seeker's own data as JSON; the download is recorded in the audit log. */
  async export(seekerId: string): Promise<PersonalData & { exportedAt: string }> {
    const data = await this.queries.personalData(seekerId);
    await this.auditLog.record(null, {
      actorId: seekerId,
      action: 'export_data',
      subjectType: 'user',
      subjectId: seekerId,
    });
    return { exportedAt: this.clock.now().toISOString(), ...data };
  }

  async requestErasure(seekerId: string): Promise<ErasureStatus> {
    await this.repo.request(seekerId);
    return this.status(seekerId);
  }

  async status(seekerId: string): Promise<ErasureStatus> {
    const r = await this.repo.latestOf(seekerId);
    return { requestedAt: r?.requestedAt ?? null, carriedOutAt: r?.carriedOutAt ?? null };
  }

  openRequests() {
    return this.queries.openErasures();
  }

  /** Carries out an open request: every feature scrubs the person, in one transaction, then the queues. */
  async carryOut(requestId: string, coordinatorId: string): Promise<void> {
    const needles = await this.repo.transaction(async (m) => {
      const request = await this.repo.lock(m, requestId);
      if (!request) throw new NotFoundException({ code: 'not_found', message: 'No such erasure request.' });
      if (request.carriedOutAt)
        throw new ConflictException({
          code: 'already_erased',
          message: 'This request has been carried out.',
        });
      const who = await this.queries.identity(m, request.seekerId);
      if (!who) throw new NotFoundException({ code: 'not_found', message: 'No such person.' });
      const person = {
        userId: request.seekerId,
        needles: needlesOf([who.name, who.email, ...phoneNumbers(who.texts)]),
      };
      for (const eraser of this.erasers) await eraser.erasePerson(m, person);
      await this.repo.markCarriedOut(m, requestId, coordinatorId);
      await this.auditLog.record(m, {
        actorId: coordinatorId,
        action: 'erase_person',
        subjectType: 'user',
        subjectId: request.seekerId,
      });
      return person.needles;
    });
    await this.jobs.scrub(needles);
  }
}
