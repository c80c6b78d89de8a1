import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, OrgMember, Roles } from '../platform/auth/access';
import { ErrorDto } from '../platform/http/error.dto';
import { uuid } from '../platform/http/uuid-param';
import { CardsService } from './cards.service';
import {
  CardPageDto,
  CardQuery,
  CardVisibilityDto,
  InvitedDto,
  InviteDto,
  MyCardDto,
  SaveCardDto,
} from './dto/card.dto';

@ApiTags('cards')
@Controller()
export class CardsController {
  constructor(private readonly cards: CardsService) {}

  /** The seeker's own "I can help with" card (a hidden draft from the work profile until saved). */
  @Get('me/card')
  @Roles('seeker')
  @ApiOkResponse({ type: MyCardDto })
  mine(@CurrentUser() user: AuthUser): Promise<MyCardDto> {
    return this.cards.mine(user);
  }

  @Put('me/card')
  @Roles('seeker')
  @ApiOkResponse({ type: MyCardDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  save(@CurrentUser() user: AuthUser, @Body() dto: SaveCardDto): Promise<MyCardDto> {
    const { visible, ...fields } = dto;
    return this.cards.save(user, fields, visible);
  }

  /** Shows or hides the saved card. */
  @Put('me/card/visibility')
  @Roles('seeker')
  @ApiOkResponse({ type: MyCardDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No card saved yet' })
  visibility(@CurrentUser() user: AuthUser, @Body() dto: CardVisibilityDto): Promise<MyCardDto> {
    return this.cards.setVisible(user, dto.visible);
  }

  /** Visible cards, for members of a verified organisation: first names only. */
  @Get('organisations/:orgId/cards')
  @OrgMember('orgId')
  @ApiOkResponse({ type: CardPageDto })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'organisation_unverified' })
  browse(@Param('orgId', uuid()) orgId: string, @Query() query: CardQuery): Promise<CardPageDto> {
    return this.cards.browse(orgId, query);
  }

  /** Invites the card's seeker to one of the organisation's published gigs; again to the same gig: no-op. */
  @Post('organisations/:orgId/cards/:cardId/invitations')
  @OrgMember('orgId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: InvitedDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'organisation_unverified' })
  @ApiNotFoundResponse({ type: ErrorDto })
  invite(
    @Param('orgId', uuid()) orgId: string,
    @Param('cardId', uuid()) cardId: string,
    @Body() dto: InviteDto,
    @CurrentUser() user: AuthUser,
  ): Promise<InvitedDto> {
    return this.cards.invite(orgId, cardId, dto.gigId, user.id);
  }
}
