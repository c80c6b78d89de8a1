import { ApiProperty } from '@nestjs/swagger';
import { GIG_CATEGORIES, GIG_STATUSES, GigCategory, GigStatus } from '../gig.entity';

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
  @ApiProperty({ enum: GIG_STATUSES }) status: GigStatus;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
}
