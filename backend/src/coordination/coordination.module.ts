import { Module } from '@nestjs/common';
import { CoordinationController } from './coordination.controller';
import { CoordinationRepository } from './coordination.repository';
import { JobsService } from '../platform/queues/jobs.service';

@Module({ controllers: [CoordinationController], providers: [CoordinationRepository, JobsService] })
export class CoordinationModule {}
