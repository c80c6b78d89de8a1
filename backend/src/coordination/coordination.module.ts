import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../platform/audit/audit.module';
import { AccountsModule } from '../accounts/accounts.module';
import { CoordinationController } from './coordination.controller';
import { CoordinationQueries } from './coordination.queries';
import { CoordinationRepository } from './coordination.repository';
import { CoordinationService } from './coordination.service';
import { PathNote } from './path-note.entity';

@Module({
  imports: [AccountsModule, AuditModule, TypeOrmModule.forFeature([PathNote])],
  controllers: [CoordinationController],
  providers: [CoordinationQueries, CoordinationRepository, CoordinationService],
})
export class CoordinationModule {}
