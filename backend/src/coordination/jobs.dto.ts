import { ApiProperty } from '@nestjs/swagger';

export class FailedJobDto {
  @ApiProperty({
    description: 'The queue, named after the feature that owns it (gigs, matching, notifications, …)',
  })
  queue: string;
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() failedReason: string;
  @ApiProperty() attemptsMade: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) failedAt: string | null;
}
