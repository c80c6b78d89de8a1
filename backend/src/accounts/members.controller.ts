import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, OrgMember } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import { uuid } from '../platform/http/uuid-param';
import { SentDto } from './dto/auth.dto';
import { InviteMemberDto, MemberListDto } from './dto/members.dto';
import { MembersService } from './members.service';

/** An organisation's members. The guard lets members in; the service lets only owners act (others get 403). */
@ApiTags('organisations')
@ApiForbiddenResponse({ type: ErrorDto, description: 'Not an owner of the organisation' })
@Controller('organisations/:orgId')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get('members')
  @OrgMember('orgId')
  @ApiOkResponse({ type: MemberListDto })
  async list(@Param('orgId', uuid()) orgId: string, @CurrentUser() user: AuthUser): Promise<MemberListDto> {
    const { members, invitations } = await this.members.list(orgId, user.id);
    return {
      members: members.map((m) => ({ ...m, joinedAt: new Date(m.joinedAt).toISOString() })),
      invitations: invitations.map((i) => ({ ...i, expiresAt: new Date(i.expiresAt).toISOString() })),
    };
  }

  /** Mails a single-use link that adds the person as a member; 202 alike for every address. */
  @Post('invitations')
  @OrgMember('orgId')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: SentDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiTooManyRequestsResponse({ type: ErrorDto })
  async invite(
    @Param('orgId', uuid()) orgId: string,
    @CurrentUser() user: AuthUser,
    @Body() dto: InviteMemberDto,
  ): Promise<SentDto> {
    await this.members.invite(orgId, user.id, dto);
    return { sent: true };
  }

  @Delete('members/:userId')
  @OrgMember('orgId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The last owner cannot be removed' })
  async remove(
    @Param('orgId', uuid()) orgId: string,
    @Param('userId', uuid()) userId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    await this.members.remove(orgId, user.id, userId);
  }
}
