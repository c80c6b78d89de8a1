import { GigsErasure } from './gigs.erasure';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { OutboxModule } from '../platform/outbox/outbox.module';
import { QueueModule } from '../platform/queues/queue.module';
import { BookingStatusChange } from './booking-status-change.entity';
import { Booking } from './booking.entity';
import { Completion } from './completion.entity';
import { Feedback } from './feedback.entity';
import { GigCategoryRow } from './gig-category.entity';
import { GigMessage } from './gig-message.entity';
import { WorkHistoryLink } from './work-history-link.entity';
import { GigStatusChange } from './gig-status-change.entity';
import { AfterGigController } from './after-gig.controller';
import { AfterGigQueries } from './after-gig.queries';
import { AfterGigService } from './after-gig.service';
import { BookingService } from './booking.service';
import { CompletionService } from './completion.service';
import { GigController } from './gig.controller';
import { Gig } from './gig.entity';
import { GigQueries } from './gig.queries';
import { GigRepository } from './gig.repository';
import { GigService } from './gig.service';
import { GigsJobs } from './gigs.jobs';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Gig,
      GigCategoryRow,
      GigStatusChange,
      Booking,
      BookingStatusChange,
      Completion,
      Feedback,
      WorkHistoryLink,
      GigMessage,
    ]),
    OutboxModule,
    QueueModule.register('gigs'),
    AccountsModule,
  ],
  controllers: [GigController, AfterGigController],
  providers: [
    GigsErasure,
    GigRepository,
    GigQueries,
    AfterGigQueries,
    GigService,
    BookingService,
    CompletionService,
    AfterGigService,
    GigsJobs,
  ],
  exports: [GigsErasure, GigService, BookingService],
})
export class GigsModule {}
