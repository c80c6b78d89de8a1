import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsUUID, Matches } from 'class-validator';
import { OptionalField, Text } from '../../platform/http/fields';
import { WEEKDAYS, Weekday } from '../card.entity';

const CATEGORY_CODE = /^[a-z][a-z0-9_]{1,30}$/;

/** What a seeker writes on their card. */
export class CardFieldsDto {
  @ApiProperty({ maxLength: 500, example: 'Haravoin pihoja ja kannan tavaraa. Minulla on oma polkupyörä.' })
  @Text({
    max: 500,
    min: 1,
    multiline: true,
    messages: {
      required: 'Say in a few words what you can help with.',
      tooLong: 'Write at most 500 characters.',
    },
  })
  text: string;

  @ApiProperty({
    type: [String],
    maxItems: 20,
    example: ['yard', 'moving'],
    description: 'Codes of the managed list of kinds of work',
  })
  @IsArray({ message: 'Choose the kinds of work.' })
  @ArrayMaxSize(20, { message: 'Choose at most 20 kinds of work.' })
  @Matches(CATEGORY_CODE, { each: true, message: 'Choose from the listed kinds of work.' })
  categories: string[];

  @ApiProperty({
    type: [String],
    maxItems: 20,
    example: ['28100'],
    description: 'Postal codes; empty: anywhere',
  })
  @IsArray({ message: 'List the postal codes.' })
  @ArrayMaxSize(20, { message: 'At most 20 postal codes.' })
  @Matches(/^\d{5}$/, { each: true, message: 'Give each postal code as five digits, like 28100.' })
  postalCodes: string[];

  @ApiProperty({ maxLength: 100, example: 'Keskusta, Itätulli' })
  @Text({ max: 100, messages: { tooLong: 'Write at most 100 characters.' } })
  district: string;

  @ApiProperty({ enum: WEEKDAYS, isArray: true, example: ['sat', 'sun'], description: 'Days usually free' })
  @IsArray({ message: 'Choose the days.' })
  @ArrayMaxSize(WEEKDAYS.length)
  @IsIn(WEEKDAYS, { each: true, message: 'Choose from the listed days.' })
  weekdays: Weekday[];

  @ApiProperty({ maxLength: 200, example: 'Arkisin aamupäivisin' })
  @Text({ max: 200, messages: { tooLong: 'Write at most 200 characters.' } })
  times: string;
}

export class SaveCardDto extends CardFieldsDto {
  @ApiProperty({ description: 'Show the card to verified organisations', example: true })
  @IsBoolean({ message: 'Say yes or no.' })
  visible: boolean;
}

export class CardVisibilityDto {
  @ApiProperty({ description: 'Show the card to verified organisations', example: true })
  @IsBoolean({ message: 'Say yes or no.' })
  visible: boolean;
}

/** The seeker's own card; before they save one, filled in from their work profile. */
export class MyCardDto extends CardFieldsDto {
  @ApiProperty({ description: 'Whether the seeker has saved a card' }) saved: boolean;
  @ApiProperty() visible: boolean;
  @ApiProperty({ description: 'The name organisations see: the first name only' }) firstName: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: () => [CardInvitationDto], description: 'Gigs organisations invited the seeker to' })
  invitations: CardInvitationDto[];
}

export class CardInvitationDto {
  @ApiProperty({ format: 'uuid' }) gigId: string;
  @ApiProperty() gigTitle: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) invitedAt: string;
}

/** A card as a verified organisation sees it: the first name only, never anything else of the person. */
export class CardDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() firstName: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: [String] }) categories: string[];
  @ApiProperty({ type: [String] }) postalCodes: string[];
  @ApiProperty() district: string;
  @ApiProperty({ enum: WEEKDAYS, isArray: true }) weekdays: Weekday[];
  @ApiProperty() times: string;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty({ type: [String], description: "This organisation's gigs the seeker has been invited to" })
  invitedGigIds: string[];
}

export class CardPageDto {
  @ApiProperty({ type: [CardDto] }) items: CardDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Give as `after` for the next page; null: no more',
  })
  next: string | null;
}

export class CardQuery {
  @ApiPropertyOptional({ example: '281', description: 'A postal code or its beginning (2–5 digits)' })
  @OptionalField()
  @Matches(/^\d{2,5}$/, { message: 'Give a postal code or its beginning, 2 to 5 digits.' })
  area?: string;

  @ApiPropertyOptional({ example: 'yard', description: 'A code of the managed list of kinds of work' })
  @OptionalField()
  @Matches(CATEGORY_CODE, { message: 'Choose from the listed kinds of work.' })
  category?: string;

  @ApiPropertyOptional({
    description: 'The `next` of the previous page',
    example: 'MTc5NTYwMDAwMDAwMDAwMHwwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA',
  })
  @OptionalField()
  @Matches(/^[A-Za-z0-9_-]{1,120}$/, { message: 'Start again from the first page.' })
  after?: string;

  @ApiPropertyOptional({ example: '20', description: 'Cards per page, 1–50 (20 by default)' })
  @OptionalField()
  @Matches(/^(?:[1-9]|[1-4][0-9]|50)$/, { message: 'Give a number from 1 to 50.' })
  limit?: string;
}

export class InviteDto {
  @ApiProperty({ format: 'uuid', description: 'A published gig of the organisation, still ahead' })
  @IsUUID('all', { message: 'Choose one of your gigs.' })
  gigId: string;
}

export class InvitedDto {
  @ApiProperty({ format: 'uuid' }) gigId: string;
  @ApiProperty({ description: 'False when the seeker had been invited to this gig already (no new notice)' })
  created: boolean;
}
