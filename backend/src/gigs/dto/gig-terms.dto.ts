import { ApiProperty } from '@nestjs/swagger';

export class GigTermsDto {
  @ApiProperty({ description: 'The lowest gross pay per hour a gig may offer, in integer cents' })
  minHourlyPayCents: number;
}
