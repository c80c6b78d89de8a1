import type { Job } from 'bullmq';
import { JOB_NAMES, QueueName } from './queues';

export type JobHandler = (job: Job) => Promise<unknown>;
export type HandlerTable = { [Q in QueueName]?: Record<string, JobHandler> };

/** Lists "queue/job" names that have no handler; the worker stops at start when this is not empty. */
export function missingHandlers(table: HandlerTable): string[] {
  const missing: string[] = [];
  for (const queue of Object.keys(JOB_NAMES) as QueueName[]) {
    for (const name of JOB_NAMES[queue]) {
      if (!table[queue]?.[name]) missing.push(`${queue}/${name}`);
    }
  }
  return missing;
}
