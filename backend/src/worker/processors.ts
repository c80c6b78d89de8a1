// One BullMQ worker per queue, each handing its jobs to the handler table.
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { QueueName } from '../platform/queues/queues';
import { JobHandlers } from './job-handlers';

const log = new Logger('Jobs');

function onFailed(queue: QueueName, job: Job | undefined, error: Error): void {
  log.warn(`${queue}/${job?.name} ${job?.id} failed (try ${job?.attemptsMade}): ${error.message}`);
}

@Processor('notifications', { concurrency: 5 })
export class NotificationsProcessor extends WorkerHost {
  constructor(private readonly handlers: JobHandlers) {
    super();
  }
  process(job: Job): Promise<unknown> {
    return this.handlers.run('notifications', job);
  }
  @OnWorkerEvent('failed')
  failed(job: Job | undefined, error: Error): void {
    onFailed('notifications', job, error);
  }
}

@Processor('maintenance', { concurrency: 1 })
export class MaintenanceProcessor extends WorkerHost {
  constructor(private readonly handlers: JobHandlers) {
    super();
  }
  process(job: Job): Promise<unknown> {
    return this.handlers.run('maintenance', job);
  }
  @OnWorkerEvent('failed')
  failed(job: Job | undefined, error: Error): void {
    onFailed('maintenance', job, error);
  }
}
