import type { JobData, JobName, QueueName } from './jobs';

export interface AddOptions {
  /** A stable id: adding a job whose id exists is a no-op, which makes producers idempotent. */
  jobId?: string;
  /** Milliseconds to wait before the job runs (negative or zero: now). */
  delay?: number;
}

/** Adds and removes jobs; the one way features reach BullMQ. The payload is checked against QueueJobs. */
export interface QueuePort {
  add<Q extends QueueName, N extends JobName<Q>>(
    queue: Q,
    name: N,
    data: JobData<Q, N>,
    options?: AddOptions,
  ): Promise<void>;
  /** Removes a job that has not run yet; a finished job stays as the record of what ran. */
  remove(queue: QueueName, jobId: string): Promise<void>;
}
export const QUEUE_PORT = Symbol('QUEUE_PORT');
