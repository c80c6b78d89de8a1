// The queues, their jobs and the payload of each job, typed in one place.
// Job ids are derived from what the job does (the outbox event id, or a key such as `remind-24h-<booking>`),
// so adding the same job twice is a no-op in BullMQ.

/** Every queue and its job names. The worker refuses to start while a job name here lacks a handler. */
export const JOB_NAMES = {
  matching: ['event', 'wave'],
  notifications: ['event', 'digest'],
  reminders: ['event', 'remind', 'gig-ended', 'auto-confirm', 'expire'],
  limits: ['event'],
  maintenance: ['purge-expired'],
} as const;

export type QueueName = keyof typeof JOB_NAMES;
export const QUEUE_NAMES = Object.keys(JOB_NAMES) as QueueName[];
export type JobName<Q extends QueueName> = (typeof JOB_NAMES)[Q][number];

/** An outbox event handed to a queue. */
export interface OutboxJob {
  eventId: string;
  type: string;
  payload: Record<string, unknown>;
}

export interface JobPayloads {
  matching: { event: OutboxJob; wave: { gigId: string; wave: number } };
  notifications: { event: OutboxJob; digest: Record<string, never> };
  reminders: {
    event: OutboxJob;
    remind: { bookingId: string; hours: number };
    'gig-ended': { gigId: string };
    'auto-confirm': { gigId: string };
    expire: { gigId: string };
  };
  limits: { event: OutboxJob };
  maintenance: { 'purge-expired': Record<string, never> };
}

/** Retry policy shared by every job: exponential backoff, and the failed job kept for people to see and retry. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential' as const, delay: 2000 },
  removeOnComplete: { age: 14 * 24 * 3600, count: 50000 },
  removeOnFail: false,
};
