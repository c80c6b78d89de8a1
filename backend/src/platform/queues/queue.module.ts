import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/config';
import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES, QueueName } from './queues';
import { QUEUE_PORT, QueuePort } from './queue.port';

export const QUEUES = Symbol('QUEUES');

@Global()
@Module({
  imports: [
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
    ...QUEUE_NAMES.map((name) => BullModule.registerQueue({ name })),
  ],
  providers: [
    {
      provide: QUEUES,
      inject: QUEUE_NAMES.map((name) => getQueueToken(name)),
      useFactory: (...list: Queue[]) => {
        const queues = new Map<QueueName, Queue>();
        list.forEach((q, i) => {
          q.on('error', () => undefined); // an unreachable Redis is reported by /api/health, not by a crash
          queues.set(QUEUE_NAMES[i], q);
        });
        return queues;
      },
    },
    {
      provide: QUEUE_PORT,
      inject: [QUEUES],
      useFactory: (queues: Map<QueueName, Queue>): QueuePort => ({
        async add(queue, name, data, options = {}) {
          await queues.get(queue)!.add(name, data, {
            ...(options.jobId ? { jobId: options.jobId } : {}),
            ...(options.delay && options.delay > 0 ? { delay: Math.round(options.delay) } : {}),
          });
        },
        async remove(queue, jobId) {
          const job = await queues.get(queue)!.getJob(jobId);
          // Only a job that has not run yet is removed; a finished one stays as the record of what ran.
          if (job && (await job.isDelayed())) await job.remove();
        },
      }),
    },
  ],
  exports: [QUEUES, QUEUE_PORT, BullModule],
})
export class QueueModule {}
