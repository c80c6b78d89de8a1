import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import { StaffService } from './staff.service';
import { SentDto } from './dto/auth.dto';
import { CoordinatorDto, InviteCoordinatorDto } from './dto/me.dto';

@ApiTags('admin')
@Controller('admin/coordinators')
export class AdminController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: [CoordinatorDto] })
  list(): Promise<CoordinatorDto[]> {
    return this.staff.listCoordinators();
  }

  /** Mails an invitation link that creates a coordinator account. */
  @Post('invitations')
  @Roles('admin')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: SentDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto })
  async invite(@CurrentUser() user: AuthUser, @Body() dto: InviteCoordinatorDto): Promise<SentDto> {
    await this.staff.inviteCoordinator(user.id, dto);
    return { sent: true };
  }
}
