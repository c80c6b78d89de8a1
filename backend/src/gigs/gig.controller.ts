import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OrgMember, Roles } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import { GigDto } from './dto/gig.dto';
import { GigService } from './gig.service';

@ApiTags('gigs')
@Controller()
export class GigController {
  constructor(private readonly gigs: GigService) {}

  /** Published gigs that are still ahead, soonest first. */
  @Get('gigs')
  @Roles('seeker', 'coordinator', 'admin')
  @ApiOkResponse({ type: [GigDto] })
  upcoming(): Promise<GigDto[]> {
    return this.gigs.upcoming();
  }

  /** Every gig of one organisation, for its members and the project's staff. */
  @Get('organisations/:orgId/gigs')
  @OrgMember('orgId', 'coordinator', 'admin')
  @ApiOkResponse({ type: [GigDto] })
  @ApiForbiddenResponse({ type: ErrorDto })
  ofOrganisation(@Param('orgId', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) orgId: string): Promise<GigDto[]> {
    return this.gigs.ofOrganisation(orgId);
  }
}
