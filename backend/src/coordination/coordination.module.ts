import { CoordinationErasure } from './coordination.erasure';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../platform/audit/audit.module';
import { AccountsModule } from '../accounts/accounts.module';
import { CoordinationController } from './coordination.controller';
import { CoordinationQueries } from './coordination.queries';
import { CoordinationRepository } from './coordination.repository';
import { CoordinationService } from './coordination.service';
import { PathNote } from './path-note.entity';
import { WorkAbilityController } from './work-ability.controller';
import { WorkAbilityAssessment } from './work-ability.entity';
import { WorkAbilityService } from './work-ability.service';

@Module({
  imports: [AccountsModule, AuditModule, TypeOrmModule.forFeature([PathNote, WorkAbilityAssessment])],
  controllers: [CoordinationController, WorkAbilityController],
  providers: [
    CoordinationErasure,
    CoordinationQueries,
    CoordinationRepository,
    CoordinationService,
    WorkAbilityService,
  ],
  exports: [CoordinationErasure, WorkAbilityService],
})
export class CoordinationModule {}
