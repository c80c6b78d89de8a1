import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/config';
import { redisOptions } from './redis-options';
import { AttemptLimiter } from './attempt-limiter';

import { REDIS } from './redis.token';

export { REDIS };

/**
 * A Redis client for quick, optional work (rate limits, health). It does not queue commands while Redis is
 * away, so a Redis outage makes those calls fail fast instead of hanging requests.
 */
@Injectable()
class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const client = new Redis({
          ...redisOptions(config.redisUrl),
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          lazyConnect: false,
          retryStrategy: (times) => Math.min(times * 200, 2000),
        });
        client.on('error', () => undefined); // reported by /api/health; reconnects by itself
        return client;
      },
    },
    RedisLifecycle,
    AttemptLimiter,
  ],
  exports: [REDIS, AttemptLimiter],
})
export class RedisModule {}
