// The composition root: the platform, then every feature. The one place that knows them all.
import { DynamicModule, Module, Type } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module';
import { CardsModule } from './cards/cards.module';
import { MIGRATIONS } from './migrations';
import { CoordinationModule } from './coordination/coordination.module';
import { EarningsModule } from './earnings/earnings.module';
import { GigsModule } from './gigs/gigs.module';
import { MatchingModule } from './matching/matching.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ClockModule } from './platform/clock/clock';
import { AppConfig } from './platform/config/config';
import { ConfigModule } from './platform/config/config.module';
import { DatabaseModule } from './platform/database/database.module';
import { HealthController } from './platform/health/health.controller';
import { HttpModule } from './platform/http/http.module';
import { LoggingModule } from './platform/logging/logging.module';
import { DevMailController } from './platform/mail/dev-mail.controller';
import { MailModule } from './platform/mail/mail.module';
import { OutboxModule } from './platform/outbox/outbox.module';
import { QueueModule } from './platform/queues/queue.module';
import { RedisModule } from './platform/redis/redis.module';
import { WorkerModule } from './platform/worker/worker.module';

/** Every feature. Each registers its own tables, events, queue and routes. */
export const FEATURES: Type[] = [
  AccountsModule,
  GigsModule,
  MatchingModule,
  NotificationsModule,
  CoordinationModule,
  EarningsModule,
  CardsModule,
  PrivacyModule,
];

@Module({})
class ApiModule {
  static forConfig(config: AppConfig): DynamicModule {
    const controllers: Type[] = [HealthController];
    if (config.devMailbox) controllers.push(DevMailController);
    return { module: ApiModule, imports: [HttpModule.register(AccountsModule)], controllers };
  }
}

/** The backend for one process role: `api` serves HTTP, `worker` runs the queues, `all` does both. */
@Module({})
export class AppModule {
  static forRole(config: AppConfig, extra: Type[] = []): DynamicModule {
    const imports: DynamicModule['imports'] = [
      ConfigModule.forRoot(config),
      LoggingModule,
      ClockModule,
      DatabaseModule.forRoot(MIGRATIONS),
      RedisModule,
      QueueModule,
      MailModule,
      OutboxModule,
      ...FEATURES,
      ...extra,
    ];
    if (config.role !== 'worker') imports.push(ApiModule.forConfig(config));
    if (config.role !== 'api') imports.push(WorkerModule);
    return { module: AppModule, imports };
  }
}
