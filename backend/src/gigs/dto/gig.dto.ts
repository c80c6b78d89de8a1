import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { OptionalField, Text } from '../../platform/http/fields';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { BOOKING_STATUSES, BookingStatus } from '../booking.entity';
import {
  GIG_STATUSES,
  GigStatus,
  PAY_KINDS,
  PayKind,
  PHYSICAL_LOADS,
  PhysicalLoad,
  SELECTIONS,
  Selection,
  SETTINGS,
  Setting,
  TIME_KINDS,
  TimeKind,
} from '../gig.entity';

const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value;

/** A list of skills, a word or two each: on a gig, and in a seeker's work profile. */
export const SkillList = (): PropertyDecorator =>
  applyDecorators(
    IsArray({ message: 'List the skills.' }),
    ArrayMaxSize(10, { message: 'At most 10 skills.' }),
    Transform(trimEach),
    Matches(/^[\p{L}\p{N}][\p{L}\p{N} '-]{0,39}$/u, {
      each: true,
      message: 'Write each skill as a word or two (letters and numbers), at most 40 characters.',
    }),
  );

/** A list of languages as ISO 639-1 codes: on a gig, and in a seeker's work profile. */
export const LanguageList = (): PropertyDecorator =>
  applyDecorators(
    IsArray({ message: 'List the languages.' }),
    ArrayMaxSize(10, { message: 'At most 10 languages.' }),
    Transform(trimEach),
    Matches(/^[a-z]{2}$/, { each: true, message: 'Give each language as a two-letter code, like fi.' }),
  );

/** Why matching told a seeker of a gig: the codes kept with each match. */
export const MATCH_REASONS = ['category', 'area', 'free', 'skills', 'supported'] as const;

/** A gig as anyone who may see it sees it. */
export class GigDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ description: 'A code of the managed list of kinds of work (GET /api/gig-categories)' })
  category: string;
  @ApiProperty({ description: 'District or town' }) district: string;
  @ApiProperty({ type: String, nullable: true, description: 'Five digits' }) postalCode: string | null;
  @ApiProperty({
    enum: TIME_KINDS,
    description: 'fixed: the work is done from start to end; window: any time before the end',
  })
  timeKind: TimeKind;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time', description: 'The end, or the deadline of a window' }) endsAt: string;
  @ApiProperty({ description: 'How long the work takes, as the organisation estimates it' })
  estimatedMinutes: number;
  @ApiProperty({ enum: PAY_KINDS }) payKind: PayKind;
  @ApiProperty({ description: 'Gross pay in integer cents: per person for the gig, or per hour' })
  payCents: number;
  @ApiProperty({ description: 'Gross pay of one person for the estimated time, in integer cents' })
  expectedPayCents: number;
  @ApiProperty() places: number;
  @ApiProperty({ description: 'Places not yet taken' }) placesLeft: number;
  @ApiProperty({ enum: SELECTIONS }) selection: Selection;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: [String], description: 'ISO 639-1 codes of the languages the work needs' })
  languages: string[];
  @ApiProperty({ enum: PHYSICAL_LOADS }) physicalLoad: PhysicalLoad;
  @ApiProperty({ enum: SETTINGS }) setting: Setting;
  @ApiProperty() toolsProvided: boolean;
  @ApiProperty() accessibilityNotes: string;
  @ApiProperty() contactName: string;
  @ApiProperty({ description: 'Welcomes a person with partial work ability' }) supported: boolean;
  @ApiProperty() supportPerson: string;
  @ApiProperty() supportNotes: string;
  @ApiProperty({ description: 'Hours before the start until which a booked seeker may withdraw' })
  withdrawHours: number;
  @ApiProperty({
    description: 'Hours before the start by which a booked seeker confirms coming (0: not asked)',
  })
  attendanceHours: number;
  @ApiProperty({ enum: GIG_STATUSES }) status: GigStatus;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) seriesId: string | null;
}

/** What only the organisation, the staff and the booked seekers see. */
export class GigPrivateFields {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Shown only to booked seekers and the organisation',
  })
  streetAddress: string | null;
  @ApiProperty({ description: 'Shown only to booked seekers and the organisation' }) contactPhone: string;
  @ApiProperty({ type: Number, nullable: true }) latitude: number | null;
  @ApiProperty({ type: Number, nullable: true }) longitude: number | null;
}

export class GigDetailDto extends GigDto {
  @ApiProperty({
    enum: MATCH_REASONS,
    isArray: true,
    description: 'Why matching told the calling seeker of the gig; empty if it did not',
  })
  matchReasons: string[];
  @ApiPropertyOptional({
    enum: BOOKING_STATUSES,
    nullable: true,
    description: "The caller's own latest booking, if any",
  })
  myBooking: BookingStatus | null;
  @ApiProperty({ description: 'Whether the caller has said "I\'m coming" to their place' })
  myAttendanceConfirmed: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Null unless the caller holds a place on the gig',
  })
  streetAddress: string | null;
  @ApiProperty({ description: 'Empty unless the caller holds a place on the gig' }) contactPhone: string;
}

export class OrgGigDto extends GigDto {
  @ApiProperty({ type: String, nullable: true }) streetAddress: string | null;
  @ApiProperty() contactPhone: string;
  @ApiProperty({ type: Number, nullable: true }) latitude: number | null;
  @ApiProperty({ type: Number, nullable: true }) longitude: number | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) copiedFromId: string | null;
}

export class StatusChangeDto {
  @ApiProperty({ enum: GIG_STATUSES, nullable: true }) from: GigStatus | null;
  @ApiProperty({ enum: GIG_STATUSES }) to: GigStatus;
  @ApiProperty() action: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Who made it; null when the gig’s own clock did',
  })
  byName: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class MyGigDto extends GigDto {
  @ApiProperty({ enum: BOOKING_STATUSES }) bookingStatus: BookingStatus;
}

export class GigCategoryDto {
  @ApiProperty() code: string;
  @ApiProperty() nameFi: string;
  @ApiProperty() nameSv: string;
  @ApiProperty() nameEn: string;
  @ApiProperty() position: number;
  @ApiProperty() active: boolean;
}

/** The fields of a gig an organisation writes, for posting and for editing. */
export class GigFieldsDto {
  @ApiProperty({ maxLength: 120 })
  @Text({
    max: 120,
    min: 1,
    messages: {
      required: 'Give the gig a short title.',
      tooLong: 'The title can be at most 120 characters.',
    },
  })
  title: string;

  @ApiProperty({ maxLength: 2000 })
  @Text({
    max: 2000,
    min: 1,
    multiline: true,
    messages: {
      required: 'Say what the work is.',
      tooLong: 'The description can be at most 2000 characters.',
    },
  })
  description: string;

  @ApiProperty({ maxLength: 31, example: 'yard', description: 'A code of the managed list of kinds of work' })
  @Text({
    max: 31,
    min: 1,
    messages: { required: 'Choose the kind of work.', tooLong: 'Choose the kind of work.' },
  })
  category: string;

  @ApiProperty({ maxLength: 100, description: 'District or town, shown to everyone' })
  @Text({
    max: 100,
    min: 1,
    messages: {
      required: 'Say where the work is (district or town).',
      tooLong: 'The place can be at most 100 characters.',
    },
  })
  district: string;

  @ApiProperty({ pattern: '^[0-9]{5}$', example: '28100', description: 'Shown to everyone' })
  @Text({ max: 5, min: 1, messages: { required: 'Give the postal code as five digits, like 00100.' } })
  @Matches(/^[0-9]{5}$/, { message: 'Give the postal code as five digits, like 00100.' })
  postalCode: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Shown only to booked seekers' })
  @OptionalField()
  @Text({ max: 200, messages: { tooLong: 'The street address can be at most 200 characters.' } })
  streetAddress?: string;

  @ApiPropertyOptional({ minimum: -90, maximum: 90 })
  @OptionalField()
  @IsLatitude({ message: 'Give a latitude between -90 and 90.' })
  latitude?: number;

  @ApiPropertyOptional({ minimum: -180, maximum: 180 })
  @OptionalField()
  @IsLongitude({ message: 'Give a longitude between -180 and 180.' })
  longitude?: number;

  @ApiProperty({ enum: TIME_KINDS })
  @IsIn(TIME_KINDS, { message: 'Choose a fixed time or a window with a deadline.' })
  timeKind: TimeKind;

  @ApiProperty({ format: 'date-time' })
  @Type(() => Date)
  @IsDate({ message: 'Give the start time.' })
  startsAt: Date;

  @ApiProperty({ format: 'date-time', description: 'The end, or the deadline of a window' })
  @Type(() => Date)
  @IsDate({ message: 'Give the end time.' })
  endsAt: Date;

  @ApiProperty({
    minimum: 15,
    maximum: 1440,
    example: 60,
    description: 'How long the work takes, in minutes',
  })
  @IsInt({ message: 'Give the estimated time in whole minutes.' })
  @Min(15, { message: 'A gig takes at least 15 minutes.' })
  @Max(1440, { message: 'A gig takes at most 24 hours.' })
  estimatedMinutes: number;

  @ApiProperty({ enum: PAY_KINDS })
  @IsIn(PAY_KINDS, { message: 'Choose pay for the gig or pay per hour.' })
  payKind: PayKind;

  @ApiProperty({
    minimum: 1,
    maximum: 100000,
    example: 4500,
    description: 'Gross pay in integer cents: for the gig, or per hour',
  })
  @IsInt({ message: 'Give the pay in whole cents.' })
  @Min(1, { message: 'The pay must be more than 0 €.' })
  @Max(100000, { message: 'The pay can be at most 1000 €.' })
  payCents: number;

  @ApiProperty({ minimum: 1, maximum: 50 })
  @IsInt({ message: 'Give the number of people as a whole number.' })
  @Min(1, { message: 'At least one person.' })
  @Max(50, { message: 'At most 50 people.' })
  places: number;

  @ApiProperty({ enum: SELECTIONS })
  @IsIn(SELECTIONS, { message: 'Choose first to accept, or you pick among applicants.' })
  selection: Selection;

  @ApiProperty({
    type: [String],
    maxItems: 10,
    example: ['haravointi'],
    description: 'Skills that help, in a word or two each',
  })
  @SkillList()
  skills: string[];

  @ApiProperty({
    type: [String],
    maxItems: 10,
    example: ['fi'],
    description: 'ISO 639-1 codes, e.g. fi, sv, en',
  })
  @LanguageList()
  languages: string[];

  @ApiProperty({ enum: PHYSICAL_LOADS })
  @IsIn(PHYSICAL_LOADS, { message: 'Choose light, moderate or heavy.' })
  physicalLoad: PhysicalLoad;

  @ApiProperty({ enum: SETTINGS })
  @IsIn(SETTINGS, { message: 'Choose indoors, outdoors or both.' })
  setting: Setting;

  @ApiProperty()
  @IsBoolean({ message: 'Say whether tools are provided.' })
  toolsProvided: boolean;

  @ApiProperty({ maxLength: 500 })
  @Text({ max: 500, multiline: true, messages: { tooLong: 'At most 500 characters.' } })
  accessibilityNotes: string;

  @ApiProperty({ maxLength: 100 })
  @Text({ max: 100, messages: { tooLong: 'The name can be at most 100 characters.' } })
  contactName: string;

  @ApiProperty({ maxLength: 30, example: '040 123 4567', description: 'Shown only to booked seekers' })
  @Text({ max: 30 })
  @Matches(/^$|^\+?[0-9][0-9 -]{4,28}$/, { message: 'Give a phone number like 040 123 4567.' })
  contactPhone: string;

  @ApiProperty({ description: 'Welcomes a person with partial work ability' })
  @IsBoolean({ message: 'Say whether the gig is supported.' })
  supported: boolean;

  @ApiProperty({ maxLength: 100, description: 'Required for a supported gig: the person on site who guides' })
  @Text({ max: 100, messages: { tooLong: 'The name can be at most 100 characters.' } })
  supportPerson: string;

  @ApiProperty({ maxLength: 1000, description: 'The steps of the task, breaks, anything that helps' })
  @Text({ max: 1000, multiline: true, messages: { tooLong: 'At most 1000 characters.' } })
  supportNotes: string;

  @ApiProperty({ minimum: 0, maximum: 168 })
  @IsInt({ message: 'Give whole hours.' })
  @Min(0, { message: 'At least 0 hours.' })
  @Max(168, { message: 'At most 168 hours (a week).' })
  withdrawHours: number;

  @ApiProperty({ minimum: 0, maximum: 72 })
  @IsInt({ message: 'Give whole hours.' })
  @Min(0, { message: 'At least 0 hours.' })
  @Max(72, { message: 'At most 72 hours.' })
  attendanceHours: number;
}

export class CreateGigDto extends GigFieldsDto {
  @ApiPropertyOptional({ description: 'Publish at once (true, verified organisations) or keep as a draft' })
  @OptionalField()
  @IsBoolean()
  publish?: boolean;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 12,
    description: 'Also post the gig on this many following weeks',
  })
  @OptionalField()
  @IsInt({ message: 'Give the number of weeks as a whole number.' })
  @Min(0, { message: 'At least 0 weeks.' })
  @Max(12, { message: 'At most 12 weeks at a time.' })
  repeatWeeks?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'The past gig this one was copied from' })
  @OptionalField()
  @IsUUID('4', { message: 'Not a gig of yours.' })
  copiedFromId?: string;
}

/** The first new gig, and the ids of all made at once (a weekly series makes several). */
export class CreatedGigDto extends OrgGigDto {
  @ApiProperty({ type: [String], description: 'Every gig made by this request, the first one first' })
  createdIds: string[];
}

export class NewCategoryDto {
  @ApiProperty({ pattern: '^[a-z][a-z0-9_]{1,30}$', example: 'pets' })
  @Matches(/^[a-z][a-z0-9_]{1,30}$/, { message: 'Use 2–31 lowercase letters, digits or _.' })
  code: string;

  @ApiProperty({ maxLength: 60 })
  @Text({
    max: 60,
    min: 1,
    messages: { required: 'Give the name in Finnish.', tooLong: 'At most 60 characters.' },
  })
  nameFi: string;

  @ApiProperty({ maxLength: 60 })
  @Text({
    max: 60,
    min: 1,
    messages: { required: 'Give the name in Swedish.', tooLong: 'At most 60 characters.' },
  })
  nameSv: string;

  @ApiProperty({ maxLength: 60 })
  @Text({
    max: 60,
    min: 1,
    messages: { required: 'Give the name in English.', tooLong: 'At most 60 characters.' },
  })
  nameEn: string;

  @ApiProperty({ minimum: 0, maximum: 10000 })
  @IsInt({ message: 'Give the place in the list as a whole number.' })
  @Min(0)
  @Max(10000)
  position: number;

  @ApiProperty({ example: true })
  @IsBoolean()
  active: boolean;
}
