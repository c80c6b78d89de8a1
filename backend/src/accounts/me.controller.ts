import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, SignedIn } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import { ProfileService } from './profile.service';
import { FinishAccountDto } from './dto/auth.dto';
import { MeDto, SetPasswordDto, UpdateMeDto } from './dto/me.dto';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly profile: ProfileService) {}

  @Get()
  @SignedIn()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: AuthUser): Promise<MeDto> {
    return this.profile.me(user.id);
  }

  @Patch()
  @SignedIn()
  @ApiOkResponse({ type: MeDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<MeDto> {
    return this.profile.update(user.id, dto);
  }

  @Put('password')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({
    type: ErrorDto,
    description: 'No fresh proof: neither the current password nor a new link',
  })
  async setPassword(@CurrentUser() user: AuthUser, @Body() dto: SetPasswordDto): Promise<void> {
    await this.profile.setPassword(user, dto.newPassword, dto.currentPassword);
  }

  /** Finishes an account that a sign-up link opened: name, role, organisation and password, chosen once. */
  @Put('account')
  @SignedIn()
  @ApiOkResponse({ type: MeDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The account is already set up' })
  finishAccount(@CurrentUser() user: AuthUser, @Body() dto: FinishAccountDto): Promise<MeDto> {
    return this.profile.finishAccount(user, dto);
  }
}
