import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { CardsModule } from '../cards/cards.module';
import { CoordinationModule } from '../coordination/coordination.module';
import { EarningsModule } from '../earnings/earnings.module';
import { GigsModule } from '../gigs/gigs.module';
import { MatchingModule } from '../matching/matching.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AuditModule } from '../platform/audit/audit.module';
import { PlatformErasure } from '../platform/database/platform.erasure';
import { QueueModule } from '../platform/queues/queue.module';
import { ErasureRequest } from './erasure-request.entity';
import { PrivacyController } from './privacy.controller';
import { PrivacyJobs } from './privacy.jobs';
import { PrivacyQueries } from './privacy.queries';
import { PrivacyRepository } from './privacy.repository';
import { PrivacyService } from './privacy.service';

@Module({
  imports: [
    AccountsModule,
    GigsModule,
    MatchingModule,
    CardsModule,
    NotificationsModule,
    CoordinationModule,
    EarningsModule,
    AuditModule,
    TypeOrmModule.forFeature([ErasureRequest]),
    QueueModule.register('privacy'),
  ],
  controllers: [PrivacyController],
  providers: [PrivacyRepository, PrivacyQueries, PrivacyService, PrivacyJobs, PlatformErasure],
})
export class PrivacyModule {}
