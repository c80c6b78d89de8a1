import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access';
import { withTimeout } from '../core/timeout';
import { QueueRegistry } from '../queues/queue-registry';
import { REDIS } from '../redis/redis.module';
import { HealthDto } from './health.dto';

const TIMEOUT_MS = 2000;

function timeout<T>(p: Promise<T>): Promise<T> {
  return withTimeout(p, TIMEOUT_MS, 'health check');
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly queues: QueueRegistry,
  ) {}

  /** For probes and compose: 200 when the database, Redis and the queues answer, else 503. */
  @Get()
  @Public()
  @ApiOkResponse({ type: HealthDto })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    const database = await timeout(this.db.query('SELECT 1'))
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    const redis = await timeout(this.redis.ping())
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    const queues: HealthDto['checks']['queues'] = {};
    if (redis === 'up') {
      for (const [name, q] of this.queues.all()) {
        queues[name] = await timeout(q.getJobCounts('waiting', 'active', 'delayed', 'failed')).catch(() => ({
          error: 1,
        }));
      }
    }
    const ok = database === 'up' && redis === 'up';
    if (!ok) res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ok ? 'ok' : 'degraded', checks: { database, redis, queues } };
  }
}
