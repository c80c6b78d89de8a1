import { Controller, Get, Header, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import { uuid } from '../platform/http/uuid-param';
import { ErasureStatusDto, OpenErasureDto, PersonalDataDto } from './dto';
import { PrivacyService } from './privacy.service';

@ApiTags('privacy')
@Controller()
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  /** Everything the service holds about the seeker, as JSON (the download is recorded in the audit log). */
  @Get('me/data')
  @Roles('seeker')
  @Header('Content-Disposition', 'attachment; filename="hanttihommat-omat-tiedot.json"')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: PersonalDataDto })
  data(@CurrentUser() user: AuthUser): Promise<PersonalDataDto> {
    return this.privacy.export(user.id);
  }

  /** Whether the seeker has asked to be erased. */
  @Get('me/erasure')
  @Roles('seeker')
  @ApiOkResponse({ type: ErasureStatusDto })
  erasure(@CurrentUser() user: AuthUser): Promise<ErasureStatusDto> {
    return this.privacy.status(user.id);
  }

  /** Asks for erasure; a coordinator carries it out. Asking again changes nothing. */
  @Post('me/erasure')
  @Roles('seeker')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ErasureStatusDto })
  requestErasure(@CurrentUser() user: AuthUser): Promise<ErasureStatusDto> {
    return this.privacy.requestErasure(user.id);
  }

  /** Erasure requests not carried out yet, oldest first. */
  @Get('coordinator/erasures')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: [OpenErasureDto] })
  openErasures(): Promise<OpenErasureDto[]> {
    return this.privacy.openRequests();
  }

  /** Carries out an erasure request: the person's data is removed in place, and the erasure is audited. */
  @Post('coordinator/erasures/:id/carry-out')
  @Roles('coordinator', 'admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto })
  carryOut(@Param('id', uuid()) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.privacy.carryOut(id, user.id);
  }
}
