// What coordinators do in the console: look at the figures and the organisations, verify organisations, and
// see and retry failed jobs.
import { Inject, Injectable } from '@nestjs/common';
import { OrganisationService } from '../accounts/organisation.service';
import { CLOCK, Clock } from '../platform/clock/clock';
import { FailedJob, JobsService } from '../platform/queues/jobs.service';
import { CoordinationQueries } from './coordination.queries';
import type { OrganisationSummaryDto, OverviewDto } from './dto';

@Injectable()
export class CoordinationService {
  constructor(
    private readonly queries: CoordinationQueries,
    private readonly organisationsOf: OrganisationService,
    private readonly jobs: JobsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  overview(): Promise<OverviewDto> {
    return this.queries.overview(this.clock.now());
  }

  organisations(): Promise<OrganisationSummaryDto[]> {
    return this.queries.organisations();
  }

  verifyOrganisation(organisationId: string, by: string): Promise<void> {
    return this.organisationsOf.verify(organisationId, by);
  }

  failedJobs(): Promise<FailedJob[]> {
    return this.jobs.failed();
  }

  retryJob(queue: string, id: string): Promise<void> {
    return this.jobs.retry(queue, id);
  }
}
