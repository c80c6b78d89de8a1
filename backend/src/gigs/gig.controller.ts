import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  NotFoundException,
  Post,
  Put,
  Query,
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
import { AuthUser, CurrentUser, OrgMember, Roles, SignedIn } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import {
  CreatedGigDto,
  CreateGigDto,
  GigCategoryDto,
  GigDetailDto,
  GigFieldsDto,
  MyGigDto,
  NewCategoryDto,
  OrgGigDto,
  StatusChangeDto,
} from './dto/gig.dto';
import { ForYouPageDto, ForYouQuery, GigPageDto, GigSearchQuery } from './dto/gig-list.dto';
import { GigTermsDto } from './dto/gig-terms.dto';
import { GigService } from './gig.service';
import { uuid } from '../platform/http/uuid-param';

const CATEGORY_CODE = /^[a-z][a-z0-9_]{1,30}$/;
/** A kind of work's code in the path; anything else is a page that does not exist. */
const categoryCode = () => ({
  transform: (value: string) => {
    if (!CATEGORY_CODE.test(value))
      throw new NotFoundException({ code: 'not_found', message: 'No such kind of work.' });
    return value;
  },
});

@ApiTags('gigs')
@ApiNotFoundResponse({ type: ErrorDto })
@Controller()
export class GigController {
  constructor(private readonly gigs: GigService) {}

  /** The search of open gigs still ahead, soonest first, a page at a time (keyset: pass `next` as `after`). */
  @Get('gigs')
  @Roles('seeker', 'coordinator', 'admin')
  @ApiOkResponse({ type: GigPageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  search(@Query() query: GigSearchQuery): Promise<GigPageDto> {
    return this.gigs.search(query);
  }

  /** "For you": the open gigs matching told the seeker of, best first, each with why. */
  @Get('me/for-you')
  @Roles('seeker')
  @ApiOkResponse({ type: ForYouPageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  forYou(@CurrentUser() user: AuthUser, @Query() query: ForYouQuery): Promise<ForYouPageDto> {
    return this.gigs.forYou(user.id, query);
  }

  @Get('gigs/:gigId')
  @Roles('seeker', 'coordinator', 'admin')
  @ApiOkResponse({ type: GigDetailDto })
  detail(@Param('gigId', uuid()) gigId: string, @CurrentUser() user: AuthUser): Promise<GigDetailDto> {
    return this.gigs.detail(gigId, user);
  }

  /** The caller's own gigs: booked, done, or missed. */
  @Get('me/gigs')
  @Roles('seeker')
  @ApiOkResponse({ type: [MyGigDto] })
  mine(@CurrentUser() user: AuthUser): Promise<MyGigDto[]> {
    return this.gigs.myGigs(user.id);
  }

  /** The managed list of kinds of work, in order (retired ones too, marked inactive). */
  @Get('gig-categories')
  @SignedIn()
  @ApiOkResponse({ type: [GigCategoryDto] })
  categories(): Promise<GigCategoryDto[]> {
    return this.gigs.categories();
  }

  @Post('gig-categories')
  @Roles('coordinator', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: [GigCategoryDto] })
  @ApiBadRequestResponse({ type: ErrorDto })
  addCategory(@Body() dto: NewCategoryDto): Promise<GigCategoryDto[]> {
    return this.gigs.saveCategory(dto);
  }

  /** Renames, reorders or retires a kind of work (the code stays: gigs refer to it). */
  @Put('gig-categories/:code')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: [GigCategoryDto] })
  @ApiBadRequestResponse({ type: ErrorDto })
  saveCategory(
    @Param('code', categoryCode()) code: string,
    @Body() dto: NewCategoryDto,
  ): Promise<GigCategoryDto[]> {
    return this.gigs.saveCategory(dto, code);
  }

  /** What every gig must meet, for forms to say before posting (the lowest hourly pay). */
  @Get('gig-terms')
  @SignedIn()
  @ApiOkResponse({ type: GigTermsDto })
  terms(): GigTermsDto {
    return this.gigs.terms();
  }

  /** Every gig of one organisation, for its members and the project's staff. */
  @Get('organisations/:orgId/gigs')
  @OrgMember('orgId', 'coordinator', 'admin')
  @ApiOkResponse({ type: [OrgGigDto] })
  @ApiForbiddenResponse({ type: ErrorDto })
  ofOrganisation(@Param('orgId', uuid()) orgId: string): Promise<OrgGigDto[]> {
    return this.gigs.ofOrganisation(orgId);
  }

  /**
   * Post a gig: published at once (`publish: true`, verified organisations) or kept as a draft; with
   * `repeatWeeks`, also on that many following weeks.
   */
  @Post('organisations/:orgId/gigs')
  @OrgMember('orgId')
  @ApiCreatedResponse({ type: CreatedGigDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'organisation_unverified' })
  async create(
    @Param('orgId', uuid()) orgId: string,
    @Body() dto: CreateGigDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CreatedGigDto> {
    const ids = await this.gigs.create(orgId, dto, user.id);
    return { ...(await this.gigs.ofOrganisationOne(orgId, ids[0])), createdIds: ids };
  }

  /** Edit the gig before it starts; booked seekers hear of a new time, place or pay. */
  @Put('organisations/:orgId/gigs/:gigId')
  @OrgMember('orgId')
  @ApiOkResponse({ type: OrgGigDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({
    type: ErrorDto,
    description: 'gig_started, applications_waiting or booking_overlap',
  })
  update(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
    @Body() dto: GigFieldsDto,
    @CurrentUser() user: AuthUser,
  ): Promise<OrgGigDto> {
    return this.gigs.update(orgId, gigId, dto, user.id);
  }

  /** Every change of the gig's status: what, who and when. */
  @Get('organisations/:orgId/gigs/:gigId/history')
  @OrgMember('orgId', 'coordinator', 'admin')
  @ApiOkResponse({ type: [StatusChangeDto] })
  history(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
  ): Promise<StatusChangeDto[]> {
    return this.gigs.history(orgId, gigId);
  }

  @Get('organisations/:orgId/gigs/:gigId')
  @OrgMember('orgId', 'coordinator', 'admin')
  @ApiOkResponse({ type: OrgGigDto })
  ofOrganisationOne(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
  ): Promise<OrgGigDto> {
    return this.gigs.ofOrganisationOne(orgId, gigId);
  }

  @Post('organisations/:orgId/gigs/:gigId/publish')
  @OrgMember('orgId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: OrgGigDto })
  @ApiConflictResponse({ type: ErrorDto })
  publish(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<OrgGigDto> {
    return this.gigs.publish(orgId, gigId, user.id);
  }

  @Post('organisations/:orgId/gigs/:gigId/cancel')
  @OrgMember('orgId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: OrgGigDto })
  @ApiConflictResponse({ type: ErrorDto })
  cancel(
    @Param('orgId', uuid()) orgId: string,
    @Param('gigId', uuid()) gigId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<OrgGigDto> {
    return this.gigs.cancel(orgId, gigId, user.id);
  }
}
