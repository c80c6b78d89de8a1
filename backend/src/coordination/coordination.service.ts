// What coordinators do in the console: the dashboard, the seekers and their path, reports for the funders,
// the organisations (verify), and failed jobs (retry).
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { OrganisationService } from '../accounts/organisation.service';
import type { Locale } from '../accounts/roles';
import { AuditLog } from '../platform/audit/audit.log';
import { CLOCK, Clock } from '../platform/clock/clock';
import { addDays, daysBetween, helsinkiDay, monthOf } from '../platform/core/helsinki';
import { invalidFields } from '../platform/http/validation';
import { FailedJob, JobsService } from '../platform/queues/jobs.service';
import { CoordinationQueries, SeekerFilter } from './coordination.queries';
import { CoordinationRepository } from './coordination.repository';
import type {
  AuditEventDto,
  CoordinatorOptionDto,
  DashboardDto,
  NewPathNoteDto,
  OrganisationSummaryDto,
  OverviewDto,
  FunderReportDto,
  SeekerListDto,
  SeekerPageDto,
} from './dto';
import { reportCsv } from './report-csv';

/** A report covers at most a little over a year: funders ask per month, quarter, half-year or year. */
const MAX_REPORT_DAYS = 366;

@Injectable()
export class CoordinationService {
  constructor(
    private readonly queries: CoordinationQueries,
    private readonly repo: CoordinationRepository,
    private readonly organisationsOf: OrganisationService,
    private readonly jobs: JobsService,
    private readonly auditLog: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  overview(): Promise<OverviewDto> {
    return this.queries.overview(this.clock.now());
  }

  async dashboard(): Promise<DashboardDto> {
    const now = this.clock.now();
    const today = helsinkiDay(now);
    const month = monthOf(today);
    const [
      limits,
      gigsSoon,
      waiting,
      disputes,
      noShows,
      failed,
      figures,
      weeklyEarnings,
      categories,
      fillRate,
    ] = await Promise.all([
      this.queries.limitWatch(today),
      this.queries.gigsSoon(now),
      this.queries.waiting(),
      this.queries.disputes(),
      this.queries.noShows(now),
      this.jobs.failed(),
      this.queries.monthFigures(month.start, month.end),
      this.queries.weeklyEarnings(today),
      this.queries.categories(today),
      this.queries.fillRate(today),
    ]);
    return {
      limits,
      gigsSoon,
      waiting: waiting.items,
      waitingCount: waiting.count,
      disputes,
      noShows,
      failedJobs: failed.length,
      month: { from: month.start, to: addDays(month.end, -1), ...figures },
      weeklyEarnings,
      categories,
      fillRate,
    };
  }

  seekers(filter: SeekerFilter): Promise<SeekerListDto> {
    const now = this.clock.now();
    return this.queries.seekers(filter, helsinkiDay(now), now);
  }

  coordinators(): Promise<CoordinatorOptionDto[]> {
    return this.queries.coordinators();
  }

  async seeker(id: string): Promise<SeekerPageDto> {
    const profile = await this.queries.seekerProfile(id);
    if (!profile) throw new NotFoundException({ code: 'not_found', message: 'No such seeker.' });
    const [bookings, feedback, notes, workAbility] = await Promise.all([
      this.queries.seekerBookings(id),
      this.queries.seekerFeedback(id),
      this.queries.pathNotes(id),
      this.queries.workAbility(id),
    ]);
    return { profile, bookings, feedback, notes, workAbility };
  }

  /** Records a step of the seeker's participation path, on the day it was reached (not in the future). */
  async addPathNote(seekerId: string, dto: NewPathNoteDto, by: string): Promise<void> {
    if (!(await this.queries.seekerProfile(seekerId)))
      throw new NotFoundException({ code: 'not_found', message: 'No such seeker.' });
    if (dto.day > helsinkiDay(this.clock.now()))
      throw invalidFields([{ field: 'day', code: 'future', message: 'The day cannot be in the future.' }]);
    await this.repo.insertPathNote({
      seekerId,
      step: dto.step,
      day: dto.day,
      note: dto.note ?? '',
      recordedBy: by,
    });
  }

  async report(from: string, to: string): Promise<FunderReportDto> {
    if (to < from)
      throw invalidFields([
        { field: 'to', code: 'before_start', message: 'The end cannot be before the start.' },
      ]);
    if (daysBetween(from, to) >= MAX_REPORT_DAYS)
      throw invalidFields([{ field: 'to', code: 'too_long', message: 'A report covers at most 366 days.' }]);
    const figures = await this.queries.report(from, addDays(to, 1), Number(to.slice(0, 4)));
    return { from, to, ...figures };
  }

  /** The report as CSV; taking the figures out of the service is an export, so the audit log keeps it. */
  async reportCsv(from: string, to: string, locale: Locale, by: string): Promise<string> {
    const csv = reportCsv(await this.report(from, to), locale);
    await this.auditLog.record(null, {
      actorId: by,
      action: 'export_report',
      subjectType: 'report',
      subjectId: `${from}/${to}`,
    });
    return csv;
  }

  audit(q: {
    person?: string;
    from?: string;
    to?: string;
    subjectType?: string;
    subjectId?: string;
  }): Promise<AuditEventDto[]> {
    if (q.from && q.to && q.to < q.from)
      throw invalidFields([
        { field: 'to', code: 'before_start', message: 'The end cannot be before the start.' },
      ]);
    return this.queries.audit({ ...q, toExcl: q.to && addDays(q.to, 1) });
  }

  organisations(): Promise<OrganisationSummaryDto[]> {
    return this.queries.organisations();
  }

  verifyOrganisation(organisationId: string, by: string): Promise<void> {
    return this.organisationsOf.verify(organisationId, by);
  }

  pauseOrganisation(organisationId: string, paused: boolean, by: string): Promise<void> {
    return this.organisationsOf.setPaused(organisationId, paused, by);
  }

  failedJobs(): Promise<FailedJob[]> {
    return this.jobs.failed();
  }

  retryJob(queue: string, id: string): Promise<void> {
    return this.jobs.retry(queue, id);
  }
}
