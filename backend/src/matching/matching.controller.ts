import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import { MatchPreferencesDto } from './dto';
import { MatchingService } from './matching.service';

@ApiTags('matching')
@Controller('me/match-preferences')
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get()
  @Roles('seeker')
  @ApiOkResponse({ type: MatchPreferencesDto })
  async get(@CurrentUser() user: AuthUser): Promise<MatchPreferencesDto> {
    return { categories: await this.matching.categories(user.id) };
  }

  @Put()
  @Roles('seeker')
  @ApiOkResponse({ type: MatchPreferencesDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  async set(@CurrentUser() user: AuthUser, @Body() dto: MatchPreferencesDto): Promise<MatchPreferencesDto> {
    return { categories: await this.matching.setCategories(user.id, dto.categories) };
  }
}
