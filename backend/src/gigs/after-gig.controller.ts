// Taking part in a gig and what comes after it: places, applications and the waitlist; attendance; the
// organisation's report of the work and pay, the seeker's answer, the coordinators' settling of disputes;
// feedback, the work history, and the gig's messages.
import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, OrgMember, Public, Roles } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import { AfterGigQueries } from './after-gig.queries';
import { AfterGigService } from './after-gig.service';
import { BookingService } from './booking.service';
import { CompletionService } from './completion.service';
import {
  CompletionFormDto,
  DisputeDto,
  GigMessageDto,
  GigPersonDto,
  HistoryLinkDto,
  MessageBodyDto,
  MyCompletionDto,
  OrgFeedbackDto,
  ReportDto,
  ResolveDto,
  RespondDto,
  SeekerFeedbackDto,
  SharedWorkHistoryDto,
  TakeResultDto,
  WithdrawQuery,
  WorkHistoryDto,
} from './dto/after-gig.dto';
import { GigDetailDto } from './dto/gig.dto';
import { GigService } from './gig.service';
import { uuid } from '../platform/http/uuid-param';

@ApiTags('gigs')
@ApiNotFoundResponse({ type: ErrorDto })
@Controller()
export class AfterGigController {
  constructor(
    private readonly bookings: BookingService,
    private readonly completions: CompletionService,
    private readonly after: AfterGigService,
    private readonly queries: AfterGigQueries,
    private readonly gigs: GigService,
  ) {}

  // The seeker

  /** Take a place with one tap (or apply, where the organisation chooses). */
  @Post('gigs/:gigId/booking')
  @Roles('seeker')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: TakeResultDto })
  @ApiConflictResponse({
    type: ErrorDto,
    description: 'gig_full, gig_closed, gig_started or booking_overlap',
  })
  take(@Param('gigId', uuid()) gigId: string, @CurrentUser() user: AuthUser): Promise<TakeResultDto> {
    return this.bookings.take(gigId, user.id);
  }

  /** Join the waitlist of a full gig: the first in line gets the next place that frees up. */
  @Post('gigs/:gigId/waitlist')
  @Roles('seeker')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: TakeResultDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'gig_closed, gig_started or booking_overlap' })
  waitlist(@Param('gigId', uuid()) gigId: string, @CurrentUser() user: AuthUser): Promise<TakeResultDto> {
    return this.bookings.take(gigId, user.id, true);
  }

  /** Give up a place (until the organisation's deadline), an application or a waitlist place. */
  @Delete('gigs/:gigId/booking')
  @Roles('seeker')
  @ApiOkResponse({ type: GigDetailDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'gig_started or withdraw_deadline' })
  withdraw(
    @Param('gigId', uuid()) gigId: string,
    @Query() query: WithdrawQuery,
    @CurrentUser() user: AuthUser,
  ): Promise<GigDetailDto> {
    return this.bookings.withdraw(gigId, user.id, query.health === 'true');
  }

  /** "I'm coming": the seeker confirms they will be there. */
  @Post('gigs/:gigId/booking/coming')
  @Roles('seeker')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: GigDetailDto })
  coming(@Param('gigId', uuid()) gigId: string, @CurrentUser() user: AuthUser): Promise<GigDetailDto> {
    return this.bookings.confirmComing(gigId, user.id);
  }

  /** What the organisation reported of the seeker's work on the gig, and the feedback both ways. */
  @Get('gigs/:gigId/completion')
  @Roles('seeker')
  @ApiOkResponse({ type: MyCompletionDto })
  myCompletion(
    @Param('gigId', uuid()) gigId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<MyCompletionDto> {
    return this.after.myCompletion(gigId, user.id);
  }

  /** Confirm what was reported, or dispute it (within 7 days; after that it is confirmed). */
  @Post('gigs/:gigId/completion')
  @Roles('seeker')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'already_answered' })
  async respond(
    @Param('gigId', uuid()) gigId: string,
    @Body() dto: RespondDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    const c = await this.after.myCompletion(gigId, user.id);
    await this.completions.respond(user.id, c.bookingId, dto.answer, dto.reason);
  }

  @Post('gigs/:gigId/feedback')
  @Roles('seeker')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'not_done or feedback_given' })
  seekerFeedback(
    @Param('gigId', uuid()) gigId: string,
    @Body() dto: SeekerFeedbackDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.after.seekerFeedback(user.id, gigId, dto);
  }

  @Get('me/work-history')
  @Roles('seeker')
  @ApiOkResponse({ type: WorkHistoryDto })
  workHistory(@CurrentUser() user: AuthUser): Promise<WorkHistoryDto> {
    return this.after.workHistory(user.id);
  }

  /** A new link to share the work history (the old one stops working). */
  @Post('me/work-history/link')
  @Roles('seeker')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: HistoryLinkDto })
  share(@CurrentUser() user: AuthUser): Promise<HistoryLinkDto> {
    return this.after.shareWorkHistory(user.id);
  }

  @Delete('me/work-history/link')
  @Roles('seeker')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  stopSharing(@CurrentUser() user: AuthUser): Promise<void> {
    return this.after.stopSharing(user.id);
  }

  /** A shared work history: the first name and the references, for anyone with the link. */
  @Get('work-history/:token')
  @Public()
  @ApiOkResponse({ type: SharedWorkHistoryDto })
  shared(@Param('token') token: string): Promise<SharedWorkHistoryDto> {
    return this.after.sharedWorkHistory(token);
  }

  @Get('gigs/:gigId/messages')
  @Roles('seeker')
  @ApiOkResponse({ type: [GigMessageDto] })
  seekerThread(
    @Param('gigId', uuid()) gigId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<GigMessageDto[]> {
    return this.after.thread(gigId, user);
  }

  @Post('gigs/:gigId/messages')
  @Roles('seeker')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: [GigMessageDto] })
  @ApiBadRequestResponse({ type: ErrorDto })
  seekerPost(
    @Param('gigId', uuid()) gigId: string,
    @Body() dto: MessageBodyDto,
    @CurrentUser() user: AuthUser,
  ): Promise<GigMessageDto[]> {
    return this.after.post(gigId, user, dto.body);
  }

  // The organisation

  /** Everyone who took, applied for or waits for a place, with their attendance and completion. */
  @Get('organisations/:orgId/gigs/:gigId/people')
  @OrgMember('orgId', 'coordinator', 'admin')
  @ApiOkResponse({ type: [GigPersonDto] })
  async people(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
  ): Promise<GigPersonDto[]> {
    await this.gigs.ofOrganisationOne(orgId, gigId);
    return this.queries.people(gigId);
  }

  @Post('organisations/:orgId/gigs/:gigId/people/:bookingId/choose')
  @OrgMember('orgId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorDto, description: 'gig_full, gig_started or seeker_busy' })
  choose(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
    @Param('bookingId', uuid()) bookingId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.bookings.choose(orgId, gigId, bookingId, user.id);
  }

  @Post('organisations/:orgId/gigs/:gigId/people/:bookingId/decline')
  @OrgMember('orgId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  decline(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
    @Param('bookingId', uuid()) bookingId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.bookings.decline(orgId, gigId, bookingId, user.id);
  }

  /** The defaults of the report: the estimated time, the expected pay, the work day. */
  @Get('organisations/:orgId/gigs/:gigId/completion')
  @OrgMember('orgId', 'coordinator', 'admin')
  @ApiOkResponse({ type: CompletionFormDto })
  completionForm(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
  ): Promise<CompletionFormDto> {
    return this.completions.form(orgId, gigId);
  }

  /** Report, for each person, the time, the gross pay and the payment date, or that they did not come. */
  @Post('organisations/:orgId/gigs/:gigId/completion')
  @OrgMember('orgId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'not_yet or already_reported' })
  report(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
    @Body() dto: ReportDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.completions.report(orgId, gigId, dto.entries, user.id);
  }

  @Post('organisations/:orgId/gigs/:gigId/people/:bookingId/feedback')
  @OrgMember('orgId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'not_done or feedback_given' })
  organisationFeedback(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
    @Param('bookingId', uuid()) bookingId: string,
    @Body() dto: OrgFeedbackDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.after.organisationFeedback(orgId, gigId, bookingId, user.id, dto);
  }

  @Get('organisations/:orgId/gigs/:gigId/messages')
  @OrgMember('orgId', 'coordinator', 'admin')
  @ApiOkResponse({ type: [GigMessageDto] })
  orgThread(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<GigMessageDto[]> {
    return this.after.thread(gigId, user, orgId);
  }

  @Post('organisations/:orgId/gigs/:gigId/messages')
  @OrgMember('orgId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: [GigMessageDto] })
  @ApiBadRequestResponse({ type: ErrorDto })
  orgPost(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
    @Body() dto: MessageBodyDto,
    @CurrentUser() user: AuthUser,
  ): Promise<GigMessageDto[]> {
    return this.after.post(gigId, user, dto.body, orgId);
  }

  // The coordinators

  /** Disputed completions waiting to be settled, oldest first. */
  @Get('coordinator/completions')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: [DisputeDto] })
  disputes(): Promise<DisputeDto[]> {
    return this.queries.disputes();
  }

  /** Settle a disputed completion: confirmed with the agreed figures, or annulled. */
  @Post('coordinator/completions/:bookingId/resolve')
  @Roles('coordinator', 'admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'not_disputed' })
  resolve(
    @Param('bookingId', uuid()) bookingId: string,
    @Body() dto: ResolveDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.completions.resolve(bookingId, user.id, dto);
  }
}
