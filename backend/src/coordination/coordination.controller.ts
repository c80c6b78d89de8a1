import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../platform/auth/access';
import { CoordinationRepository } from './coordination.repository';
import { OrganisationSummaryDto, OverviewDto } from './dto';

@ApiTags('coordinator')
@Controller('coordinator')
export class CoordinationController {
  constructor(private readonly repo: CoordinationRepository) {}

  @Get('overview')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: OverviewDto })
  overview(): Promise<OverviewDto> {
    return this.repo.overview();
  }

  /** Organisations, those awaiting verification first. */
  @Get('organisations')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: [OrganisationSummaryDto] })
  organisations(): Promise<OrganisationSummaryDto[]> {
    return this.repo.organisations();
  }
}
