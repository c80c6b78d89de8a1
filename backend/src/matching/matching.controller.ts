import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import { MatchPreferencesDto, WorkProfileDto } from './dto';
import { MatchingService } from './matching.service';

@ApiTags('matching')
@Controller('me')
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('match-preferences')
  @Roles('seeker')
  @ApiOkResponse({ type: MatchPreferencesDto })
  async get(@CurrentUser() user: AuthUser): Promise<MatchPreferencesDto> {
    return { categories: await this.matching.categories(user.id) };
  }

  @Put('match-preferences')
  @Roles('seeker')
  @ApiOkResponse({ type: MatchPreferencesDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  async set(@CurrentUser() user: AuthUser, @Body() dto: MatchPreferencesDto): Promise<MatchPreferencesDto> {
    return { categories: await this.matching.setCategories(user.id, dto.categories) };
  }

  /** Where, when and what work the seeker can take: what matching filters and scores by. */
  @Get('work-profile')
  @Roles('seeker')
  @ApiOkResponse({ type: WorkProfileDto })
  profile(@CurrentUser() user: AuthUser): Promise<WorkProfileDto> {
    return this.matching.profile(user.id);
  }

  @Put('work-profile')
  @Roles('seeker')
  @ApiOkResponse({ type: WorkProfileDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  setProfile(@CurrentUser() user: AuthUser, @Body() dto: WorkProfileDto): Promise<WorkProfileDto> {
    return this.matching.setProfile(user.id, dto);
  }
}
