import { Body, Controller, HttpCode, HttpStatus, Inject, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../platform/config/config';
import { AuthUser, CurrentUser, Public, SESSION_COOKIE, SignedIn } from '../platform/auth/access';
import { AuthRateLimited } from '../platform/http/rate-limit';
import { ErrorDto } from '../platform/http/error.dto';
import { AuthService } from './auth.service';
import { InPersonService } from './in-person.service';
import { ProfileService } from './profile.service';
import type { NewSession } from './session.service';
import { MagicLinkDto, PasswordSignInDto, SentDto, SignUpDto, VerifyDto } from './dto/auth.dto';
import { MeDto } from './dto/me.dto';
import { SignInCodeDto } from './dto/in-person.dto';

@ApiTags('auth')
@ApiBadRequestResponse({ type: ErrorDto })
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly profile: ProfileService,
    private readonly inPerson: InPersonService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Mails a link that proves the address and opens a pending account (a sign-in link if the address has an
   * account). Answers 202 alike for every address.
   */
  @Post('sign-up')
  @Public()
  @AuthRateLimited()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: SentDto })
  @ApiTooManyRequestsResponse({ type: ErrorDto })
  async signUp(@Body() dto: SignUpDto): Promise<SentDto> {
    await this.auth.signUp(dto.email, dto.locale);
    return { sent: true };
  }

  @Post('magic-link')
  @Public()
  @AuthRateLimited()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: SentDto })
  @ApiTooManyRequestsResponse({ type: ErrorDto })
  async magicLink(@Body() dto: MagicLinkDto): Promise<SentDto> {
    await this.auth.requestMagicLink(dto.email, dto.locale ?? 'fi');
    return { sent: true };
  }

  @Post('magic-link/verify')
  @Public()
  @AuthRateLimited()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MeDto, description: 'Signed in; the session cookie is set' })
  async verify(@Body() dto: VerifyDto, @Res({ passthrough: true }) res: Response): Promise<MeDto> {
    return this.startSession(res, await this.auth.verifyMagicLink(dto.token));
  }

  @Post('password')
  @Public()
  @AuthRateLimited()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MeDto, description: 'Signed in; the session cookie is set' })
  @ApiUnauthorizedResponse({ type: ErrorDto })
  async password(@Body() dto: PasswordSignInDto, @Res({ passthrough: true }) res: Response): Promise<MeDto> {
    return this.startSession(res, await this.auth.signInWithPassword(dto.email, dto.password));
  }

  /** Signs in with the one-time code a coordinator printed (people met in person, often without e-mail). */
  @Post('code')
  @Public()
  @AuthRateLimited()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MeDto, description: 'Signed in; the session cookie is set' })
  async code(@Body() dto: SignInCodeDto, @Res({ passthrough: true }) res: Response): Promise<MeDto> {
    return this.startSession(res, await this.inPerson.signIn(dto.code));
  }

  @Post('sign-out')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async signOut(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.signOut(user);
    this.clearCookie(res);
  }

  /** Ends every session of this person, on every device. */
  @Post('sign-out-everywhere')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async signOutEverywhere(
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.signOutEverywhere(user);
    this.clearCookie(res);
  }

  private async startSession(res: Response, s: NewSession): Promise<MeDto> {
    res.cookie(SESSION_COOKIE, s.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.secure(),
      path: '/',
      expires: s.expiresAt,
    });
    return this.profile.me(s.user.id);
  }

  private clearCookie(res: Response): void {
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.secure(), path: '/' });
  }

  private secure(): boolean {
    return this.config.env === 'production' || this.config.publicUrl.startsWith('https:');
  }
}
