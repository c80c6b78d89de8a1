import { Module } from '@nestjs/common';
import { CoordinationController } from './coordination.controller';
import { CoordinationRepository } from './coordination.repository';

@Module({ controllers: [CoordinationController], providers: [CoordinationRepository] })
export class CoordinationModule {}
