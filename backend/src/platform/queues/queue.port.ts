import type { QueueName } from './queues';

/** Adds jobs to the queues; the one way features reach BullMQ, so tests and the relay share it. */
export interface QueuePort {
  add(queue: QueueName, name: string, data: unknown, jobId?: string): Promise<void>;
}
export const QUEUE_PORT = Symbol('QUEUE_PORT');
