// Queues, their jobs and their consumers, typed end to end without the platform knowing any feature.
//
// A feature that runs background work:
//  1. names its queue and the payload of each job by adding to QueueJobs in `<feature>.jobs.ts`:
//       declare module '../platform/queues/jobs' { interface QueueJobs { gigs: { expire: { gigId: string } } } }
//  2. imports `QueueModule.register('gigs')` in its module;
//  3. provides one consumer class decorated with `@ConsumerOf('gigs')`: the events it takes from the outbox,
//     a handler for every job (the compiler refuses a missing one), and its repeatable schedules.
// Every outbox event a consumer subscribes to arrives as a job named `event` whose id is the event id.
import { SetMetadata } from '@nestjs/common';
import type { EventOf, EventType } from '../outbox/events';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface QueueJobs {}

export type QueueName = Extract<keyof QueueJobs, string>;
export type JobName<Q extends QueueName> = Extract<keyof QueueJobs[Q], string>;
export type JobData<Q extends QueueName, N extends JobName<Q>> = QueueJobs[Q][N];

/** The job name under which outbox events reach a queue. */
export const EVENT_JOB = 'event';

export interface JobContext {
  queue: string;
  name: string;
  id: string;
  attemptsMade: number;
}

export type JobHandlers<Q extends QueueName> = {
  [N in JobName<Q>]: (data: JobData<Q, N>, ctx: JobContext) => Promise<unknown>;
};

/** Repeatable work; upserting a schedule again is a no-op, so every worker may do it at start. */
export interface Schedule<Q extends QueueName> {
  /** Stable id of the schedule. */
  id: string;
  job: JobName<Q>;
  /** Every so many milliseconds, or a cron pattern in `tz`. */
  every?: number;
  pattern?: string;
  tz?: string;
}

export interface QueueConsumer<Q extends QueueName, E extends EventType = never> {
  /** Outbox events this queue receives. */
  readonly events: readonly E[];
  /** Handles one outbox event; must be idempotent (a retry or a re-dispatch hands it over again). */
  onEvent(event: EventOf<E>, ctx: JobContext): Promise<unknown>;
  readonly jobs: JobHandlers<Q>;
  readonly schedules: readonly Schedule<Q>[];
}

export const CONSUMER_OF = 'hh:consumer-of';

/** Marks the class that consumes one queue; the worker finds it and runs its jobs. */
export const ConsumerOf = (queue: QueueName) => SetMetadata(CONSUMER_OF, queue);

/** Retry policy shared by every job: exponential backoff, and the failed job kept for people to see and retry. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential' as const, delay: 2000 },
  removeOnComplete: { age: 14 * 24 * 3600, count: 50000 },
  removeOnFail: false,
};
