import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, SignedIn } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import {
  NotificationListDto,
  NotificationListQuery,
  PreferenceViewDto,
  SetPreferencesDto,
  UnreadDto,
} from './dto';
import { NotificationService } from './notification.service';
import { uuid } from '../platform/http/uuid-param';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  /** The newest notices first, with the number unread. */
  @Get()
  @SignedIn()
  @ApiOkResponse({ type: NotificationListDto })
  list(@CurrentUser() user: AuthUser, @Query() query: NotificationListQuery): Promise<NotificationListDto> {
    return this.notifications.list(user.id, query.locale ?? user.locale);
  }

  /** For the bell: just the number of unread notices. */
  @Get('unread')
  @SignedIn()
  @ApiOkResponse({ type: UnreadDto })
  async unread(@CurrentUser() user: AuthUser): Promise<UnreadDto> {
    return { unread: await this.notifications.unreadCount(user.id) };
  }

  @Post('read-all')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  readAll(@CurrentUser() user: AuthUser): Promise<void> {
    return this.notifications.markAllRead(user.id);
  }

  @Post(':id/read')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorDto })
  read(@CurrentUser() user: AuthUser, @Param('id', uuid()) id: string): Promise<void> {
    return this.notifications.markRead(user.id, id);
  }

  /** Per kind of notice: whether it shows as unread, and mail each time, as a daily digest, or not at all. */
  @Get('preferences')
  @SignedIn()
  @ApiOkResponse({ type: [PreferenceViewDto] })
  preferences(@CurrentUser() user: AuthUser): Promise<PreferenceViewDto[]> {
    return this.notifications.preferences(user.id, user.role);
  }

  @Put('preferences')
  @SignedIn()
  @ApiOkResponse({ type: [PreferenceViewDto] })
  @ApiBadRequestResponse({ type: ErrorDto })
  setPreferences(
    @CurrentUser() user: AuthUser,
    @Body() dto: SetPreferencesDto,
  ): Promise<PreferenceViewDto[]> {
    return this.notifications.setPreferences(user.id, user.role, dto.preferences);
  }
}
