import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import {
  AssignCoordinatorDto,
  CorrectionDto,
  EarningsDto,
  EarningsOnQueryDto,
  HeadroomListDto,
  HeadroomQueryDto,
  StatementDto,
  StatementQueryDto,
  GigImpactDto,
  NewRuleVersionDto,
  OutsideEarningDto,
  RuleDto,
  SeekerLimitsDto,
} from './dto/earnings.dto';
import { EarningsService } from './earnings.service';
import { uuid } from '../platform/http/uuid-param';
import { statementCsv } from './statement';

class LimitsViewDto extends SeekerLimitsDto {
  @ApiProperty({ description: 'Whether the seeker has chosen (else the defaults apply)' })
  chosen: boolean;
}

@ApiTags('earnings')
@Controller()
export class EarningsController {
  constructor(private readonly earnings: EarningsService) {}

  /**
   * Where the seeker stands against each limit on a day (today by default): each limit's period, total,
   * projected, headroom, estimated benefit reduction and the next period; and the ledger. Only their own.
   */
  @Get('me/earnings')
  @Roles('seeker')
  @ApiOkResponse({ type: EarningsDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  mine(@CurrentUser() user: AuthUser, @Query() query: EarningsOnQueryDto): Promise<EarningsDto> {
    return this.earnings.earnings(user.id, query.on);
  }

  /** The seeker's entries paid between two days (inclusive): payer, work day, payment day, gross. */
  @Get('me/earnings/statement')
  @Roles('seeker')
  @ApiOkResponse({ type: StatementDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  statement(@CurrentUser() user: AuthUser, @Query() query: StatementQueryDto): Promise<StatementDto> {
    return this.earnings.statement(user.id, query.from, query.to);
  }

  /** The same statement as CSV (semicolons, decimal comma, UTF-8), to open in a spreadsheet or attach. */
  @Get('me/earnings/statement.csv')
  @Roles('seeker')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="ansiot.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiBadRequestResponse({ type: ErrorDto })
  async statementCsv(@CurrentUser() user: AuthUser, @Query() query: StatementQueryDto): Promise<string> {
    const s = await this.earnings.statement(user.id, query.from, query.to);
    return statementCsv(s.lines, s.totalCents);
  }

  /** Earnings from outside the project's gigs. */
  @Post('me/earnings')
  @Roles('seeker')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBadRequestResponse({ type: ErrorDto })
  record(@CurrentUser() user: AuthUser, @Body() dto: OutsideEarningDto): Promise<void> {
    return this.earnings.recordOutside(user.id, dto, user.id);
  }

  /** Reverses one of the seeker's entries, with a reason. */
  @Post('me/earnings/:entryId/correction')
  @Roles('seeker')
  @HttpCode(HttpStatus.NO_CONTENT)
  correct(
    @CurrentUser() user: AuthUser,
    @Param('entryId', uuid()) entryId: string,
    @Body() dto: CorrectionDto,
  ): Promise<void> {
    return this.earnings.correct(user.id, entryId, dto.reason, user.id);
  }

  @Get('me/limits')
  @Roles('seeker')
  @ApiOkResponse({ type: LimitsViewDto })
  limits(@CurrentUser() user: AuthUser) {
    return this.earnings.limits(user.id);
  }

  @Put('me/limits')
  @Roles('seeker')
  @ApiOkResponse({ type: LimitsViewDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  setLimits(@CurrentUser() user: AuthUser, @Body() dto: SeekerLimitsDto) {
    return this.earnings.setLimits(user.id, dto.limits, user.id);
  }

  /** What taking this gig would do to each of the seeker's limits. */
  @Get('gigs/:gigId/impact')
  @Roles('seeker')
  @ApiOkResponse({ type: GigImpactDto })
  impact(@CurrentUser() user: AuthUser, @Param('gigId', uuid()) gigId: string): Promise<GigImpactDto> {
    return this.earnings.impact(gigId, user.id);
  }

  // Coordinators, for a seeker they meet

  /** Seekers by headroom in today's periods, closest to or over a limit first; by area and coordinator. */
  @Get('coordinator/earnings')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: HeadroomListDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  headroom(@Query() query: HeadroomQueryDto): Promise<HeadroomListDto> {
    return this.earnings.headroom(query);
  }

  /** Where a seeker stands on a day (today by default), as the seeker sees it. */
  @Get('coordinator/seekers/:id/earnings')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: EarningsDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  async seekerEarnings(
    @Param('id', uuid()) id: string,
    @Query() query: EarningsOnQueryDto,
  ): Promise<EarningsDto> {
    await this.earnings.mustBeSeeker(id);
    return this.earnings.earnings(id, query.on);
  }

  /** Reverses one of the seeker's entries, with a reason. */
  @Post('coordinator/seekers/:id/earnings/:entryId/correction')
  @Roles('coordinator', 'admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBadRequestResponse({ type: ErrorDto })
  async correctForSeeker(
    @Param('id', uuid()) id: string,
    @Param('entryId', uuid()) entryId: string,
    @Body() dto: CorrectionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    await this.earnings.mustBeSeeker(id);
    return this.earnings.correct(id, entryId, dto.reason, user.id);
  }

  /** Records a seeker's outside earnings for them (many have no phone of their own at hand). */
  @Post('coordinator/seekers/:id/earnings')
  @Roles('coordinator', 'admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBadRequestResponse({ type: ErrorDto })
  async recordForSeeker(
    @Param('id', uuid()) id: string,
    @Body() dto: OutsideEarningDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    await this.earnings.mustBeSeeker(id);
    return this.earnings.recordOutside(id, dto, user.id);
  }

  @Get('coordinator/seekers/:id/limits')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: LimitsViewDto })
  async seekerLimits(@Param('id', uuid()) id: string) {
    await this.earnings.mustBeSeeker(id);
    return this.earnings.limits(id);
  }

  @Put('coordinator/seekers/:id/limits')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: LimitsViewDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  async setSeekerLimits(
    @Param('id', uuid()) id: string,
    @Body() dto: SeekerLimitsDto,
    @CurrentUser() user: AuthUser,
  ) {
    await this.earnings.mustBeSeeker(id);
    return this.earnings.setLimits(id, dto.limits, user.id);
  }

  /** Makes a coordinator the seeker's own: their limit alerts go to them. */
  @Post('coordinator/seekers/:id/coordinator')
  @Roles('coordinator', 'admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBadRequestResponse({ type: ErrorDto })
  assign(
    @Param('id', uuid()) id: string,
    @Body() dto: AssignCoordinatorDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.earnings.assignCoordinator(id, dto.coordinatorId, user.id);
  }

  /** The limit rules and their versions. */
  @Get('limit-rules')
  @Roles('seeker', 'organisation', 'coordinator', 'admin')
  @ApiOkResponse({ type: [RuleDto] })
  rules(): Promise<RuleDto[]> {
    return this.earnings.rules();
  }

  /** A change in the law is a new version of a rule from a day on. Audited. */
  @Post('coordinator/limit-rules/:key/versions')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: RuleDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  addVersion(
    @CurrentUser() user: AuthUser,
    @Param('key') key: string,
    @Body() dto: NewRuleVersionDto,
  ): Promise<RuleDto> {
    return this.earnings.addVersion(key, dto, user.id);
  }
}
