// Failed jobs, for the people who look after the service: list them and retry them.
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUES } from './queue.module';
import { QUEUE_NAMES, QueueName } from './queues';

export interface FailedJob {
  queue: QueueName;
  id: string;
  name: string;
  failedReason: string;
  attemptsMade: number;
  failedAt: string | null;
}

@Injectable()
export class JobsService {
  constructor(@Inject(QUEUES) private readonly queues: Map<QueueName, Queue>) {}

  async failed(limit = 100): Promise<FailedJob[]> {
    const all: FailedJob[] = [];
    for (const [queue, q] of this.queues) {
      for (const job of await q.getFailed(0, limit - 1)) {
        all.push({
          queue,
          id: String(job.id),
          name: job.name,
          failedReason: (job.failedReason ?? '').slice(0, 500),
          attemptsMade: job.attemptsMade,
          failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
        });
      }
    }
    return all.sort((a, b) => (b.failedAt ?? '').localeCompare(a.failedAt ?? '')).slice(0, limit);
  }

  async retry(queue: string, id: string): Promise<void> {
    const q = QUEUE_NAMES.includes(queue as QueueName) ? this.queues.get(queue as QueueName) : undefined;
    const job = q ? await q.getJob(id) : undefined;
    if (!job || !(await job.isFailed()))
      throw new NotFoundException({ code: 'not_found', message: 'No such failed job.' });
    await job.retry('failed');
  }
}
