import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { CoordinationController } from './coordination.controller';
import { CoordinationQueries } from './coordination.queries';
import { CoordinationService } from './coordination.service';

@Module({
  imports: [AccountsModule],
  controllers: [CoordinationController],
  providers: [CoordinationQueries, CoordinationService],
})
export class CoordinationModule {}
