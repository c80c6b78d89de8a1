import { EarningsErasure } from './earnings.erasure';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../platform/audit/audit.module';
import { OutboxModule } from '../platform/outbox/outbox.module';
import { QueueModule } from '../platform/queues/queue.module';
import { EarningsController } from './earnings.controller';
import { EarningsJobs } from './earnings.jobs';
import { EarningsQueries } from './earnings.queries';
import { EarningsRepository } from './earnings.repository';
import { EarningsService } from './earnings.service';
import { LedgerEntry } from './ledger-entry.entity';
import { LedgerTotal } from './ledger-total.entity';
import { LimitRule, LimitRuleVersion } from './limit-rule.entity';
import { SeekerCoordinator } from './seeker-coordinator.entity';
import { LimitAlert } from './limit-alert.entity';
import { SeekerLimit, SeekerLimitChoice } from './seeker-limit.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      LimitRule,
      LimitRuleVersion,
      SeekerLimit,
      SeekerLimitChoice,
      LedgerTotal,
      LimitAlert,
      SeekerCoordinator,
      LedgerEntry,
    ]),
    OutboxModule,
    AuditModule,
    QueueModule.register('earnings'),
  ],
  controllers: [EarningsController],
  providers: [EarningsErasure, EarningsRepository, EarningsQueries, EarningsService, EarningsJobs],
  exports: [EarningsErasure, EarningsService],
})
export class EarningsModule {}
