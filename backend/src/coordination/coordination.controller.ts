import { Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import { FailedJobDto } from './jobs.dto';
import { CoordinationService } from './coordination.service';
import { OrganisationSummaryDto, OverviewDto } from './dto';
import { uuid } from '../platform/http/uuid-param';

@ApiTags('coordinator')
@Controller('coordinator')
export class CoordinationController {
  constructor(private readonly coordination: CoordinationService) {}

  @Get('overview')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: OverviewDto })
  overview(): Promise<OverviewDto> {
    return this.coordination.overview();
  }

  /** Organisations, those awaiting verification first. */
  @Get('organisations')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: [OrganisationSummaryDto] })
  organisations(): Promise<OrganisationSummaryDto[]> {
    return this.coordination.organisations();
  }

  /** Marks the organisation checked, so it may publish gigs. */
  @Post('organisations/:id/verify')
  @Roles('coordinator', 'admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorDto })
  verify(@Param('id', uuid()) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.coordination.verifyOrganisation(id, user.id);
  }

  /** Jobs that failed on their last try, newest first. */
  @Get('jobs/failed')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: [FailedJobDto] })
  failedJobs(): Promise<FailedJobDto[]> {
    return this.coordination.failedJobs();
  }

  @Post('jobs/:queue/:id/retry')
  @Roles('coordinator', 'admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorDto })
  retry(@Param('queue') queue: string, @Param('id') id: string): Promise<void> {
    return this.coordination.retryJob(queue, id);
  }
}
