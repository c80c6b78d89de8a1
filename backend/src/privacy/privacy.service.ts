// Privacy: a seeker downloads what the service holds about them and asks to be erased; a coordinator carries the
// erasure out. Erasure is one orchestrated transaction in which each feature scrubs its own tables through its
// PersonEraser (accounts, gigs, matching, cards, notifications, coordination, earnings, and the platform's
// outbox and audit log); the kept BullMQ jobs are scrubbed right after it commits. The words to scrub from the
// queues are kept on the request by the same transaction until that scrub has succeeded, so Redis being away
// loses nothing: the privacy queue's scheduled job retries it. Rows stay: bookings, completions and ledger
// amounts keep counting in the reports, without a name.
import { ConflictException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { AccountErasure } from '../accounts/account.erasure';
import { CardsErasure } from '../cards/cards.erasure';
import { CoordinationErasure } from '../coordination/coordination.erasure';
import { EarningsErasure } from '../earnings/earnings.erasure';
import { GigsErasure } from '../gigs/gigs.erasure';
import { MatchingErasure } from '../matching/matching.erasure';
import { NotificationsErasure } from '../notifications/notifications.erasure';
import { AuditLog } from '../platform/audit/audit.log';
import { CLOCK, Clock } from '../platform/clock/clock';
import { withTimeout } from '../platform/core/timeout';
import { needlesOf, PersonEraser, phoneNumbers } from '../platform/database/erase';
import { PlatformErasure } from '../platform/database/platform.erasure';
import { JobsService } from '../platform/queues/jobs.service';
import { PersonalData, PrivacyQueries } from './privacy.queries';
import { PrivacyRepository } from './privacy.repository';

export interface ErasureStatus {
  requestedAt: Date | null;
  carriedOutAt: Date | null;
}

/** How long the coordinator's request waits for the queue scrub before leaving it to the scheduled job. */
const QUEUE_SCRUB_WAIT_MS = 5000;

@Injectable()
export class PrivacyService {
  private readonly logger = new Logger(PrivacyService.name);
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
      await this.repo.markCarriedOut(m, requestId, coordinatorId, person.needles);
      await this.auditLog.record(m, {
        actorId: coordinatorId,
        action: 'erase_person',
        subjectType: 'user',
        subjectId: request.seekerId,
      });
      return person.needles;
    });
    // The erasure is done whatever happens now: a scrub that fails or takes too long stays pending on the
    // request and is retried by the scheduled job, so the coordinator gets no error for it.
    const scrub = this.scrubQueues(requestId, needles);
    scrub.catch(() => undefined); // a late failure leaves the request pending, which is all it should do
    try {
      await withTimeout(scrub, QUEUE_SCRUB_WAIT_MS);
    } catch (e) {
      // No needles and no error text here: the text of an error from Redis may quote the data it was given.
      const reason = (e as { code?: unknown }).code ?? (e as Error).name;
      this.logger.warn(
        `erasure ${requestId}: queues not scrubbed yet (${String(reason)}); the scheduled job retries`,
      );
    }
  }

  /**
   * Scrubs the queues for every erasure whose queue scrub is still pending (after Redis was away); returns how
   * many were done. Stops at the first failure, leaving it and the rest pending for the next run.
   */
  async scrubPendingQueues(): Promise<number> {
    const pending = await this.repo.pendingQueueScrubs();
    for (const { id, needles } of pending) await this.scrubQueues(id, needles);
    return pending.length;
  }

  private async scrubQueues(requestId: string, needles: string[]): Promise<void> {
    await this.jobs.scrub(needles);
    await this.repo.queuesScrubbed(requestId);
  }
}
