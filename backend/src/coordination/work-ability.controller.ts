import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import { MyWorkAbilityDto, WorkAbilityAnswerDto } from './dto';
import { WorkAbilityService } from './work-ability.service';

@ApiTags('work-ability')
@Controller('me/work-ability')
export class WorkAbilityController {
  constructor(private readonly workAbility: WorkAbilityService) {}

  /** The seeker's own self-assessments, and whether it is time for the next. */
  @Get()
  @Roles('seeker')
  @ApiOkResponse({ type: MyWorkAbilityDto })
  mine(@CurrentUser() user: AuthUser): Promise<MyWorkAbilityDto> {
    return this.workAbility.mine(user.id);
  }

  /** Answers today's self-assessment (again the same day replaces it). */
  @Post()
  @Roles('seeker')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MyWorkAbilityDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  answer(@CurrentUser() user: AuthUser, @Body() dto: WorkAbilityAnswerDto): Promise<MyWorkAbilityDto> {
    return this.workAbility.answer(user.id, dto);
  }
}
