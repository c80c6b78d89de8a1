// Failed jobs, for the people who look after the service: list them and retry them.
import { Injectable, NotFoundException } from '@nestjs/common';
import { ERASED } from '../database/erase';
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

  /**
   * Erasure: every kept job (waiting, delayed, finished or failed) whose data carries one of the words gets them
   * replaced; a finished job whose result or error carries one is removed. Returns how many jobs changed.
   */
  async scrub(needles: string[]): Promise<number> {
    if (needles.length === 0) return 0;
    const patterns = needles.map(
      (n) =>
        new RegExp(
          JSON.stringify(n)
            .slice(1, -1)
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
          'gi',
        ),
    );
    const carries = (s: string) => patterns.some((p) => s.match(p));
    let changed = 0;
    for (const [, q] of this.registry.all()) {
      const jobs = await q.getJobs(['completed', 'failed', 'waiting', 'delayed', 'prioritized', 'active']);
      for (const job of jobs) {
        if (!job) continue;
        const outcome = `${JSON.stringify(job.returnvalue ?? null)} ${job.failedReason ?? ''} ${(job.stacktrace ?? []).join(' ')}`;
        if (job.finishedOn && carries(outcome)) {
          await job.remove();
          changed++;
          continue;
        }
        const data = JSON.stringify(job.data ?? null);
        if (!carries(data)) continue;
        await job.updateData(JSON.parse(patterns.reduce((s, p) => s.replace(p, ERASED), data)));
        changed++;
      }
    }
    return changed;
  }
}
