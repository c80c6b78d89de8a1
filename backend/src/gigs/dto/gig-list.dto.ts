import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { CursorField, encodeCursor } from '../../platform/http/cursor';
import { Day, OptionalField, Text } from '../../platform/http/fields';
import { GigDto, MATCH_REASONS } from './gig.dto';

const LIMIT = { minimum: 1, maximum: 50, default: 20 };

const NEXT = 'The `next` of the previous page';

class PageQuery {
  @ApiPropertyOptional({ ...LIMIT, example: 20 })
  @OptionalField()
  @Type(() => Number)
  @IsInt({ message: 'Give a whole number from 1 to 50.' })
  @Min(1, { message: 'Give a whole number from 1 to 50.' })
  @Max(50, { message: 'Give a whole number from 1 to 50.' })
  limit?: number;
}

/** The search of all open gigs; every filter optional. */
export class GigSearchQuery extends PageQuery {
  @ApiPropertyOptional({
    description: NEXT,
    example: encodeCursor(['2026-12-01T08:00:00.000000Z', '00000000-0000-4000-8000-000000000000']),
  })
  @CursorField()
  after?: string;

  @ApiPropertyOptional({ example: 'yard', description: 'A code of the kinds of work' })
  @OptionalField()
  @Matches(/^[a-z][a-z0-9_]{1,30}$/, { message: 'Choose from the listed kinds of work.' })
  category?: string;

  @ApiPropertyOptional({
    example: '281',
    maxLength: 60,
    description: 'A postal code or its start (2–5 digits), or part of a district’s name',
  })
  @OptionalField()
  @Text({ max: 60 })
  area?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-01', description: 'From this day (Helsinki)' })
  @OptionalField()
  @Day()
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-31', description: 'Until this day (Helsinki)' })
  @OptionalField()
  @Day()
  to?: string;

  @ApiPropertyOptional({ example: 3000, description: 'The lowest expected pay of one person, in cents' })
  @OptionalField()
  @Type(() => Number)
  @IsInt({ message: 'Give the pay as a whole number of cents.' })
  @Min(0, { message: 'Pay cannot be negative.' })
  @Max(10_000_000, { message: 'Give a smaller amount.' })
  minPayCents?: number;
}

export class ForYouQuery extends PageQuery {
  @ApiPropertyOptional({
    description: NEXT,
    example: encodeCursor([2, '2026-12-01T08:00:00.000000Z', '00000000-0000-4000-8000-000000000000']),
  })
  @CursorField()
  after?: string;
}

export class GigPageDto {
  @ApiProperty({ type: [GigDto] }) items: GigDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `after` for the next page; null at the end',
  })
  next: string | null;
}

export class ForYouGigDto extends GigDto {
  @ApiProperty({ enum: MATCH_REASONS, isArray: true, description: 'Why matching chose the seeker' })
  reasons: string[];
}

export class ForYouPageDto {
  @ApiProperty({ type: [ForYouGigDto] }) items: ForYouGigDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `after` for the next page; null at the end',
  })
  next: string | null;
}
