import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsInt, Max, Min } from 'class-validator';
import { OptionalField, Text } from '../../platform/http/fields';
import { GIG_CATEGORIES, GIG_STATUSES, GigCategory, GigStatus } from '../gig.entity';
import { BOOKING_STATUSES, BookingStatus } from '../booking.entity';

export class GigDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: GIG_CATEGORIES }) category: GigCategory;
  @ApiProperty({ description: 'District or town' }) area: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ description: 'Gross pay per person in integer cents' }) payCents: number;
  @ApiProperty() places: number;
  @ApiProperty({ description: 'Places not yet taken' }) placesLeft: number;
  @ApiProperty({ enum: GIG_STATUSES }) status: GigStatus;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
}

export class GigDetailDto extends GigDto {
  @ApiPropertyOptional({
    enum: BOOKING_STATUSES,
    nullable: true,
    description: "The caller's own booking, if any",
  })
  myBooking: BookingStatus | null;
}

export class MyGigDto extends GigDto {
  @ApiProperty({ enum: BOOKING_STATUSES }) bookingStatus: BookingStatus;
}

export class BookingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: BOOKING_STATUSES }) status: BookingStatus;
  @ApiProperty() seekerName: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CreateGigDto {
  @ApiProperty({ maxLength: 120 })
  @Text({
    min: 1,
    max: 120,
    messages: {
      required: 'Give the gig a short title.',
      tooLong: 'The title can be at most 120 characters.',
    },
  })
  title: string;

  @ApiProperty({ maxLength: 2000 })
  @Text({
    min: 1,
    max: 2000,
    multiline: true,
    messages: {
      required: 'Say what the work is.',
      tooLong: 'The description can be at most 2000 characters.',
    },
  })
  description: string;

  @ApiProperty({ enum: GIG_CATEGORIES })
  @IsIn(GIG_CATEGORIES, { message: 'Choose the kind of work.' })
  category: GigCategory;

  @ApiProperty({ maxLength: 100, description: 'District or town, not a street address' })
  @Text({
    min: 1,
    max: 100,
    messages: {
      required: 'Say where the work is (district or town).',
      tooLong: 'The place can be at most 100 characters.',
    },
  })
  area: string;

  @ApiProperty({ format: 'date-time' })
  @Type(() => Date)
  @IsDate({ message: 'Give the start time.' })
  startsAt: Date;

  @ApiProperty({ format: 'date-time' })
  @Type(() => Date)
  @IsDate({ message: 'Give the end time.' })
  endsAt: Date;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 100000,
    description: 'Gross pay per person in integer cents',
  })
  @IsInt({ message: 'Give the pay in whole cents.' })
  @Min(0, { message: 'The pay cannot be negative.' })
  @Max(100000, { message: 'The pay of one gig can be at most 1000 €.' })
  payCents: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 50 })
  @IsInt({ message: 'Give the number of people as a whole number.' })
  @Min(1, { message: 'At least one person.' })
  @Max(50, { message: 'At most 50 people.' })
  places: number;

  @ApiPropertyOptional({ description: 'Publish at once (true) or keep as a draft' })
  @OptionalField()
  @IsBoolean()
  publish?: boolean;
}
