import { MatchingErasure } from './matching.erasure';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GigsModule } from '../gigs/gigs.module';
import { OutboxModule } from '../platform/outbox/outbox.module';
import { QueueModule } from '../platform/queues/queue.module';
import { CandidateQueries } from './candidates.queries';
import { MatchPreference } from './match-preference.entity';
import { MatchWave } from './match-wave.entity';
import { Match } from './match.entity';
import { MatchingController } from './matching.controller';
import { MatchingJobs } from './matching.jobs';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Match, MatchPreference, MatchWave]),
    OutboxModule,
    QueueModule.register('matching'),
    GigsModule,
  ],
  controllers: [MatchingController],
  providers: [MatchingErasure, CandidateQueries, MatchingRepository, MatchingService, MatchingJobs],
  exports: [MatchingErasure, MatchingService],
})
export class MatchingModule {}
