// The queues, their jobs and the payload of each job, typed in one place.
// Job ids are derived from what the job does (the outbox event id, or a fixed key for scheduled work),
// so adding the same job twice is a no-op in BullMQ.

/** Every queue and its job names. The worker refuses to start while a job name here lacks a handler. */
export const JOB_NAMES = {
  notifications: ['event'],
  maintenance: ['purge-expired'],
} as const;

export type QueueName = keyof typeof JOB_NAMES;
export const QUEUE_NAMES = Object.keys(JOB_NAMES) as QueueName[];

export interface OutboxJob {
  eventId: string;
  type: string;
  payload: Record<string, unknown>;
}

export interface JobPayloads {
  notifications: { event: OutboxJob };
  maintenance: { 'purge-expired': Record<string, never> };
}

export type JobName<Q extends QueueName> = (typeof JOB_NAMES)[Q][number];

/** Retry policy shared by every job: exponential backoff, and the failed job kept for people to see and retry. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential' as const, delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10000 },
  removeOnFail: false,
};
