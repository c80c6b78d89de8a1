import type { QueueName } from './queues';

export interface AddOptions {
  /** A stable id: adding a job whose id exists is a no-op, which makes producers idempotent. */
  jobId?: string;
  /** Milliseconds to wait before the job runs (negative or zero: now). */
  delay?: number;
}

/** Adds and removes jobs; the one way features reach BullMQ, so tests and the relay share it. */
export interface QueuePort {
  add(queue: QueueName, name: string, data: unknown, options?: AddOptions): Promise<void>;
  remove(queue: QueueName, jobId: string): Promise<void>;
}
export const QUEUE_PORT = Symbol('QUEUE_PORT');
