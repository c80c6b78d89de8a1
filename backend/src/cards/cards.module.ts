import { CardsErasure } from './cards.erasure';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { GigsModule } from '../gigs/gigs.module';
import { MatchingModule } from '../matching/matching.module';
import { OutboxModule } from '../platform/outbox/outbox.module';
import { CardInvitation } from './card-invitation.entity';
import { HelpCard } from './card.entity';
import { CardsController } from './cards.controller';
import { CardQueries } from './cards.queries';
import { CardsRepository } from './cards.repository';
import { CardsService } from './cards.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([HelpCard, CardInvitation]),
    OutboxModule,
    AccountsModule,
    GigsModule,
    MatchingModule,
  ],
  controllers: [CardsController],
  exports: [CardsErasure],
  providers: [CardsErasure, CardsRepository, CardQueries, CardsService],
})
export class CardsModule {}
