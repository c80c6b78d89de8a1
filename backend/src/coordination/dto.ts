import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATION_KINDS, OrganisationKind } from '../accounts/roles';

export class OverviewDto {
  @ApiProperty() seekers: number;
  @ApiProperty() organisations: number;
  @ApiProperty() organisationsAwaitingVerification: number;
  @ApiProperty() upcomingGigs: number;
}

export class OrganisationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiProperty() verified: boolean;
  @ApiProperty() members: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
