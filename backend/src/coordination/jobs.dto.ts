import { ApiProperty } from '@nestjs/swagger';
import { QUEUE_NAMES, QueueName } from '../platform/queues/queues';

export class FailedJobDto {
  @ApiProperty({ enum: QUEUE_NAMES }) queue: QueueName;
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() failedReason: string;
  @ApiProperty() attemptsMade: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) failedAt: string | null;
}
