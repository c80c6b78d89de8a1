import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { OutboxModule } from '../platform/outbox/outbox.module';
import { QueueModule } from '../platform/queues/queue.module';
import { BookingStatusChange } from './booking-status-change.entity';
import { Booking } from './booking.entity';
import { GigCategoryRow } from './gig-category.entity';
import { GigStatusChange } from './gig-status-change.entity';
import { BookingService } from './booking.service';
import { GigController } from './gig.controller';
import { Gig } from './gig.entity';
import { GigQueries } from './gig.queries';
import { GigRepository } from './gig.repository';
import { GigService } from './gig.service';
import { GigsJobs } from './gigs.jobs';

@Module({
  imports: [
    TypeOrmModule.forFeature([Gig, GigCategoryRow, GigStatusChange, Booking, BookingStatusChange]),
    OutboxModule,
    QueueModule.register('gigs'),
    AccountsModule,
  ],
  controllers: [GigController],
  providers: [GigRepository, GigQueries, GigService, BookingService, GigsJobs],
  exports: [GigService, BookingService],
})
export class GigsModule {}
