import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { LOCALES, Locale } from '../accounts/roles';
import { OptionalField } from '../platform/http/fields';
import { AuthUser, CurrentUser, Roles } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import { FailedJobDto } from './jobs.dto';
import { CoordinationService } from './coordination.service';
import {
  AuditEventDto,
  AuditQuery,
  CoordinatorOptionDto,
  DashboardDto,
  NewPathNoteDto,
  OrganisationSummaryDto,
  OverviewDto,
  FunderReportDto,
  ReportQuery,
  SeekerListDto,
  SeekerListQuery,
  SeekerPageDto,
} from './dto';

class ReportCsvQuery extends ReportQuery {
  @ApiPropertyOptional({
    enum: LOCALES,
    example: 'fi',
    description: 'Language of the labels; Finnish by default',
  })
  @OptionalField()
  @IsIn(LOCALES, { message: 'Choose fi, sv or en.' })
  locale?: Locale;
}
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

  /** Today at a glance: limits, gigs soon, what waits, this month's figures and the charts' data. */
  @Get('dashboard')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: DashboardDto })
  dashboard(): Promise<DashboardDto> {
    return this.coordination.dashboard();
  }

  /** Seekers, by name, with search and filters; at most 200 listed. */
  @Get('seekers')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: SeekerListDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  seekers(@Query() query: SeekerListQuery): Promise<SeekerListDto> {
    return this.coordination.seekers(query);
  }

  /** The coordinators, for choosing one. */
  @Get('coordinators')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: [CoordinatorOptionDto] })
  coordinators(): Promise<CoordinatorOptionDto[]> {
    return this.coordination.coordinators();
  }

  /** A seeker's profile, bookings, feedback received and participation-path notes. */
  @Get('seekers/:id')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: SeekerPageDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  seeker(@Param('id', uuid()) id: string): Promise<SeekerPageDto> {
    return this.coordination.seeker(id);
  }

  /** Records a step of the seeker's participation path. Seen by coordinators only. */
  @Post('seekers/:id/notes')
  @Roles('coordinator', 'admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  addNote(
    @Param('id', uuid()) id: string,
    @Body() dto: NewPathNoteDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.coordination.addPathNote(id, dto, user.id);
  }

  /** The funders' indicators for a period. */
  @Get('reports')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: FunderReportDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  report(@Query() query: ReportQuery): Promise<FunderReportDto> {
    return this.coordination.report(query.from, query.to);
  }

  /** The same indicators as CSV, for a spreadsheet. */
  @Get('reports/csv')
  @Roles('coordinator', 'admin')
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiBadRequestResponse({ type: ErrorDto })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async reportCsv(
    @Query() query: ReportCsvQuery,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const csv = await this.coordination.reportCsv(query.from, query.to, query.locale ?? 'fi', user.id);
    res.setHeader('Content-Disposition', `attachment; filename="raportti-${query.from}-${query.to}.csv"`);
    return csv;
  }

  /** Who did what: rules, limits, roles, verifications, registrations, exports; by person and day. */
  @Get('audit')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: [AuditEventDto] })
  @ApiBadRequestResponse({ type: ErrorDto })
  audit(@Query() query: AuditQuery): Promise<AuditEventDto[]> {
    return this.coordination.audit(query);
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

  /** Pauses the organisation: its gigs stop being offered and it cannot publish. Audited. */
  @Post('organisations/:id/pause')
  @Roles('coordinator', 'admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorDto })
  pause(@Param('id', uuid()) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.coordination.pauseOrganisation(id, true, user.id);
  }

  @Post('organisations/:id/resume')
  @Roles('coordinator', 'admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorDto })
  resume(@Param('id', uuid()) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.coordination.pauseOrganisation(id, false, user.id);
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
