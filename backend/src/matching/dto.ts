import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn } from 'class-validator';
import { GIG_CATEGORIES, GigCategory } from '../gigs/gig.entity';

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
