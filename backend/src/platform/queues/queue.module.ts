import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/config';
import { DEFAULT_JOB_OPTIONS, QueueName } from './jobs';
import { JobsService } from './jobs.service';
import { QUEUE_PORT, QueuePort } from './queue.port';
import { QueueRegistry, RegisteredQueue } from './queue-registry';

/** One feature's queue: the BullMQ queue, marked so the registry finds it. */
@Module({})
export class FeatureQueueModule {}

@Global()
@Module({
  imports: [
    DiscoveryModule,
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.redisUrl, maxRetriesPerRequest: null },
        prefix: config.queuePrefix,
        defaultJobOptions: {
          ...DEFAULT_JOB_OPTIONS,
          backoff: { type: 'exponential', delay: config.jobBackoffMs },
        },
      }),
    }),
  ],
  providers: [
    QueueRegistry,
    JobsService,
    {
      provide: QUEUE_PORT,
      inject: [QueueRegistry],
      useFactory: (registry: QueueRegistry): QueuePort => {
        const queue = (name: string): Queue => {
          const q = registry.get(name);
          if (!q) throw new Error(`queue ${name} is not registered (QueueModule.register('${name}'))`);
          return q;
        };
        return {
          async add(name, job, data, options = {}) {
            await queue(name).add(job, data, {
              ...(options.jobId ? { jobId: options.jobId } : {}),
              ...(options.delay && options.delay > 0 ? { delay: Math.round(options.delay) } : {}),
            });
          },
          async remove(name, jobId) {
            const job = await queue(name).getJob(jobId);
            if (job && (await job.isDelayed())) await job.remove();
          },
        };
      },
    },
  ],
  exports: [QueueRegistry, QUEUE_PORT, JobsService],
})
export class QueueModule {
  /** Declares a feature's queue; import it in the feature's module. */
  static register(name: QueueName): DynamicModule {
    const token = `hh:registered-queue:${name}`;
    return {
      module: FeatureQueueModule,
      imports: [BullModule.registerQueue({ name })],
      providers: [
        {
          provide: token,
          inject: [getQueueToken(name)],
          useFactory: (q: Queue) => new RegisteredQueue(name, q),
        },
      ],
      exports: [token, BullModule],
    };
  }
}
