import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, Public, Roles, SignedIn } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import { AuthRateLimited } from '../platform/http/rate-limit';
import { uuid } from '../platform/http/uuid-param';
import { SentDto } from './dto/auth.dto';
import { AddEmailDto, ConfirmEmailDto, PrintedCodeDto, RegisterSeekerDto } from './dto/in-person.dto';
import { InPersonService } from './in-person.service';

@ApiTags('in-person')
@ApiBadRequestResponse({ type: ErrorDto })
@Controller()
export class InPersonController {
  constructor(private readonly inPerson: InPersonService) {}

  /** Registers a seeker met in person (an address is optional) and gives their one-time sign-in code. */
  @Post('coordinator/seekers')
  @Roles('coordinator', 'admin')
  @ApiCreatedResponse({ type: PrintedCodeDto })
  @ApiConflictResponse({ type: ErrorDto })
  register(@Body() dto: RegisterSeekerDto, @CurrentUser() user: AuthUser): Promise<PrintedCodeDto> {
    return this.inPerson.register(dto, user.id);
  }

  /** A new one-time sign-in code for the seeker; their earlier code stops working. */
  @Post('coordinator/seekers/:id/sign-in-code')
  @Roles('coordinator', 'admin')
  @ApiCreatedResponse({ type: PrintedCodeDto })
  newCode(@Param('id', uuid()) id: string, @CurrentUser() user: AuthUser): Promise<PrintedCodeDto> {
    return this.inPerson.newCode(id, user.id);
  }

  /** Mails a link that confirms an address the person adds to their account. */
  @Post('me/email')
  @SignedIn()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: SentDto })
  @ApiTooManyRequestsResponse({ type: ErrorDto })
  async addEmail(@CurrentUser() user: AuthUser, @Body() dto: AddEmailDto): Promise<SentDto> {
    await this.inPerson.requestEmail(user.id, dto.email);
    return { sent: true };
  }

  @Post('me/email/confirm')
  @Public()
  @AuthRateLimited()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorDto })
  confirmEmail(@Body() dto: ConfirmEmailDto): Promise<void> {
    return this.inPerson.confirmEmail(dto.token);
  }
}
