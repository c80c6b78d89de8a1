import { Module } from '@nestjs/common';
import { OutboxModule } from '../platform/outbox/outbox.module';
import { GigController } from './gig.controller';
import { GigRepository } from './gig.repository';
import { GigService } from './gig.service';

@Module({
  imports: [OutboxModule],
  controllers: [GigController],
  providers: [GigRepository, GigService],
  exports: [GigService],
})
export class GigsModule {}
