import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, Reflector } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/config';
import { REDIS } from '../redis/redis.module';
import { AccessGuard } from '../auth/access.guard';
import { CsrfGuard } from '../auth/csrf.guard';
import { HttpExceptionFilter } from './http-exception.filter';
import { AUTH_RATE_LIMITED } from './rate-limit';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const reflector = new Reflector();

/** Guards every HTTP route in this order: rate limits, CSRF, then the route's access rule. */
@Module({})
export class HttpModule {
  /**
   * `sessions` is the module that provides SESSION_RESOLVER (the accounts feature): the app names it, so the
   * platform's access guard resolves sessions without importing a feature.
   */
  static register(sessions: Type | DynamicModule): DynamicModule {
    return {
      module: HttpModule,
      imports: [
        sessions,
        ThrottlerModule.forRootAsync({
          inject: [APP_CONFIG, REDIS],
          useFactory: (config: AppConfig, redis: Redis) => ({
            throttlers: [
              { name: 'global', ttl: 60_000, limit: config.rateLimitGlobal },
              {
                name: 'auth',
                ttl: 15 * 60_000,
                limit: config.rateLimitAuth,
                skipIf: (ctx) =>
                  !reflector.getAllAndOverride<boolean>(AUTH_RATE_LIMITED, [
                    ctx.getHandler(),
                    ctx.getClass(),
                  ]),
              },
            ],
            // One budget per client and limit, across routes: the global limit counts every route together,
            // and the sign-in limit every sign-in route together. The client is req.ip, which follows the
            // trusted proxy's X-Forwarded-For (TRUST_PROXY).
            generateKey: (_ctx, tracker, name) => `${name}:${tracker}`,
            storage: new RedisThrottlerStorage(redis, config.queuePrefix),
          }),
        }),
      ],
      providers: [
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}
