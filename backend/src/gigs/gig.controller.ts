import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, OrgMember, Roles } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import { BookingDto, CreateGigDto, GigDetailDto, GigDto, MyGigDto } from './dto/gig.dto';
import { BookingService } from './booking.service';
import { GigService } from './gig.service';

const uuid = () => new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('gigs')
@ApiNotFoundResponse({ type: ErrorDto })
@Controller()
export class GigController {
  constructor(
    private readonly gigs: GigService,
    private readonly bookingService: BookingService,
  ) {}

  /** Published gigs that are still ahead, soonest first. */
  @Get('gigs')
  @Roles('seeker', 'coordinator', 'admin')
  @ApiOkResponse({ type: [GigDto] })
  upcoming(): Promise<GigDto[]> {
    return this.gigs.upcoming();
  }

  @Get('gigs/:gigId')
  @Roles('seeker', 'coordinator', 'admin')
  @ApiOkResponse({ type: GigDetailDto })
  detail(@Param('gigId', uuid()) gigId: string, @CurrentUser() user: AuthUser): Promise<GigDetailDto> {
    return this.gigs.detail(gigId, user);
  }

  /** Take a place on the gig ("accept with a tap"). */
  @Post('gigs/:gigId/booking')
  @Roles('seeker')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: GigDetailDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'gig_full, gig_closed or gig_started' })
  book(@Param('gigId', uuid()) gigId: string, @CurrentUser() user: AuthUser): Promise<GigDetailDto> {
    return this.bookingService.book(gigId, user.id);
  }

  @Delete('gigs/:gigId/booking')
  @Roles('seeker')
  @ApiOkResponse({ type: GigDetailDto })
  withdraw(@Param('gigId', uuid()) gigId: string, @CurrentUser() user: AuthUser): Promise<GigDetailDto> {
    return this.bookingService.withdraw(gigId, user.id);
  }

  /** The caller's own gigs: booked, done, or missed. */
  @Get('me/gigs')
  @Roles('seeker')
  @ApiOkResponse({ type: [MyGigDto] })
  mine(@CurrentUser() user: AuthUser): Promise<MyGigDto[]> {
    return this.gigs.myGigs(user.id);
  }

  /** Every gig of one organisation, for its members and the project's staff. */
  @Get('organisations/:orgId/gigs')
  @OrgMember('orgId', 'coordinator', 'admin')
  @ApiOkResponse({ type: [GigDto] })
  @ApiForbiddenResponse({ type: ErrorDto })
  ofOrganisation(@Param('orgId', uuid()) orgId: string): Promise<GigDto[]> {
    return this.gigs.ofOrganisation(orgId);
  }

  /** Post a gig: published at once (`publish: true`, verified organisations) or kept as a draft. */
  @Post('organisations/:orgId/gigs')
  @OrgMember('orgId')
  @ApiCreatedResponse({ type: GigDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'organisation_unverified' })
  create(
    @Param('orgId', uuid()) orgId: string,
    @Body() dto: CreateGigDto,
    @CurrentUser() user: AuthUser,
  ): Promise<GigDto> {
    return this.gigs.create(orgId, dto, user.id);
  }

  @Get('organisations/:orgId/gigs/:gigId')
  @OrgMember('orgId', 'coordinator', 'admin')
  @ApiOkResponse({ type: GigDto })
  ofOrganisationOne(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
  ): Promise<GigDto> {
    return this.gigs.ofOrganisationOne(orgId, gigId);
  }

  @Post('organisations/:orgId/gigs/:gigId/publish')
  @OrgMember('orgId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: GigDto })
  @ApiConflictResponse({ type: ErrorDto })
  publish(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<GigDto> {
    return this.gigs.publish(orgId, gigId, user.id);
  }

  @Post('organisations/:orgId/gigs/:gigId/cancel')
  @OrgMember('orgId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: GigDto })
  @ApiConflictResponse({ type: ErrorDto })
  cancel(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<GigDto> {
    return this.gigs.cancel(orgId, gigId, user.id);
  }

  @Get('organisations/:orgId/gigs/:gigId/bookings')
  @OrgMember('orgId', 'coordinator', 'admin')
  @ApiOkResponse({ type: [BookingDto] })
  bookings(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
  ): Promise<BookingDto[]> {
    return this.gigs.bookingsOf(orgId, gigId);
  }
}
