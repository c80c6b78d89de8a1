// Failed jobs, for the people who look after the service: list them and retry them.
import { Injectable, NotFoundException } from '@nestjs/common';
import { scrubPersonalData } from '../logging/scrub';
import { QueueRegistry } from './queue-registry';

export interface FailedJob {
  queue: string;
  id: string;
  name: string;
  failedReason: string;
  attemptsMade: number;
  failedAt: string | null;
}

@Injectable()
export class JobsService {
  constructor(private readonly registry: QueueRegistry) {}

  async failed(limit = 100): Promise<FailedJob[]> {
    const all: FailedJob[] = [];
    for (const [queue, q] of this.registry.all()) {
      for (const job of await q.getFailed(0, limit - 1)) {
        all.push({
          queue,
          id: String(job.id),
          name: job.name,
          failedReason: scrubPersonalData(job.failedReason ?? '').slice(0, 500),
          attemptsMade: job.attemptsMade,
          failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
        });
      }
    }
    return all.sort((a, b) => (b.failedAt ?? '').localeCompare(a.failedAt ?? '')).slice(0, limit);
  }

  async retry(queue: string, id: string): Promise<void> {
    const q = this.registry.get(queue);
    const job = q ? await q.getJob(id) : undefined;
    if (!job || !(await job.isFailed()))
      throw new NotFoundException({ code: 'not_found', message: 'No such failed job.' });
    await job.retry('failed');
  }
}
