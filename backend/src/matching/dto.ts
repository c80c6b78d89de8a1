import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { LanguageList, SkillList } from '../gigs/dto/gig.dto';
import { GIG_CATEGORIES, GigCategory, PHYSICAL_LOADS, PhysicalLoad } from '../gigs/gig.entity';
import { Day, Text } from '../platform/http/fields';
import { SLOTS, TRAVEL, Travel } from './match-preference.entity';

export class MatchPreferencesDto {
  @ApiProperty({
    enum: GIG_CATEGORIES,
    isArray: true,
    description: 'Kinds of work to hear about; empty means every kind',
  })
  @IsArray({ message: 'Choose the kinds of work.' })
  @ArrayMaxSize(GIG_CATEGORIES.length)
  @IsIn(GIG_CATEGORIES, { each: true, message: 'Choose from the listed kinds of work.' })
  categories: GigCategory[];
}

/** The seeker's work profile: filled in within two minutes on a phone; every part optional in effect. */
export class WorkProfileDto {
  @ApiProperty({ enum: GIG_CATEGORIES, isArray: true, description: 'Kinds of work; empty means every kind' })
  @IsArray({ message: 'Choose the kinds of work.' })
  @ArrayMaxSize(GIG_CATEGORIES.length)
  @IsIn(GIG_CATEGORIES, { each: true, message: 'Choose from the listed kinds of work.' })
  categories: GigCategory[];

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

  @ApiProperty({ enum: TRAVEL, description: 'own_area: those codes only; nearby: the same 3-digit area too' })
  @IsIn(TRAVEL, { message: 'Choose how far you can go.' })
  travel: Travel;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 59,
    maximum: 71,
    example: 61.48,
    description: 'Home point in Finland (WGS84), kept to 0.01°; give both or neither',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { message: 'Give the latitude as a number, like 61.48.' },
  )
  @Min(59, { message: 'Give a place in Finland (latitude 59–71).' })
  @Max(71, { message: 'Give a place in Finland (latitude 59–71).' })
  homeLatitude?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 19, maximum: 32, example: 21.8 })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { message: 'Give the longitude as a number, like 21.80.' },
  )
  @Min(19, { message: 'Give a place in Finland (longitude 19–32).' })
  @Max(32, { message: 'Give a place in Finland (longitude 19–32).' })
  homeLongitude?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: 300,
    example: 10,
    description: 'The farthest you can travel from home, km; null: no limit',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsInt({ message: 'Give whole kilometres, like 10.' })
  @Min(1, { message: 'Give 1–300 km.' })
  @Max(300, { message: 'Give 1–300 km.' })
  maxKm?: number | null;

  @ApiProperty({ type: [String], maxItems: 10, example: ['haravointi'] })
  @SkillList()
  skills: string[];

  @ApiProperty({ type: [String], maxItems: 10, example: ['fi'], description: 'ISO 639-1 codes' })
  @LanguageList()
  languages: string[];

  @ApiProperty({ enum: SLOTS, isArray: true, description: 'Weekly free times; empty: any time' })
  @IsArray({ message: 'Choose the times you are free.' })
  @ArrayMaxSize(SLOTS.length)
  @IsIn(SLOTS, { each: true, message: 'Choose from the listed times.' })
  availability: string[];

  @ApiProperty({
    type: 'string',
    format: 'date',
    isArray: true,
    maxItems: 60,
    example: ['2026-12-24'],
    description: 'Days off, YYYY-MM-DD',
  })
  @IsArray({ message: 'List the days off.' })
  @ArrayMaxSize(60, { message: 'At most 60 days off.' })
  @Day({ each: true })
  daysOff: string[];

  @ApiProperty({ enum: PHYSICAL_LOADS, description: 'The heaviest work you can take' })
  @IsIn(PHYSICAL_LOADS, { message: 'Choose light, moderate or heavy.' })
  maxLoad: PhysicalLoad;

  @ApiProperty({ maxLength: 500 })
  @Text({ max: 500, multiline: true })
  accessibilityNeeds: string;

  @ApiProperty({ description: 'Would like supported gigs' })
  @IsBoolean({ message: 'Say yes or no.' })
  wantsSupported: boolean;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1900, maximum: 2100 })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsInt({ message: 'Give the year as four digits.' })
  @Min(1900, { message: 'Give the year as four digits.' })
  @Max(2100, { message: 'Give the year as four digits.' })
  birthYear?: number | null;
}
