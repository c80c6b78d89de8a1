import { Module } from '@nestjs/common';
import { GigController } from './gig.controller';
import { GigRepository } from './gig.repository';
import { GigService } from './gig.service';

@Module({ controllers: [GigController], providers: [GigRepository, GigService], exports: [GigService] })
export class GigsModule {}
