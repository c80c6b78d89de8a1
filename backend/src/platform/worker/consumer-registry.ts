// Finds the consumer of every queue at start, and from them the routes of the outbox events: an event goes to
// each queue whose consumer subscribes to it. Producers never name their consumers.
import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { CONSUMER_OF, EVENT_JOB, JobContext } from '../queues/jobs';
import { QueueRegistry } from '../queues/queue-registry';

/** The shape every consumer has at run time (its types are checked where it is written). */
export interface AnyConsumer {
  readonly events: readonly string[];
  onEvent(event: { eventId: string; type: string; payload: unknown }, ctx: JobContext): Promise<unknown>;
  readonly jobs: Record<string, (data: unknown, ctx: JobContext) => Promise<unknown>>;
  readonly schedules: readonly { id: string; job: string; every?: number; pattern?: string; tz?: string }[];
}

export class ConsumerProblem extends Error {}

@Injectable()
export class ConsumerRegistry {
  private found?: Map<string, AnyConsumer>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly queues: QueueRegistry,
  ) {}

  /** Every queue and its consumer; throws naming each queue without exactly one consumer. */
  consumers(): Map<string, AnyConsumer> {
    if (this.found) return this.found;
    const found = new Map<string, AnyConsumer>();
    const problems: string[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const type = wrapper.metatype as object | null;
      const queue: unknown = type && Reflect.getMetadata(CONSUMER_OF, type);
      if (typeof queue !== 'string' || !wrapper.instance) continue;
      if (found.has(queue)) problems.push(`queue ${queue} has more than one consumer`);
      const consumer = wrapper.instance as AnyConsumer;
      if (!this.queues.get(queue)) problems.push(`queue ${queue} has a consumer but is not registered`);
      if (consumer.jobs[EVENT_JOB])
        problems.push(`queue ${queue}: "${EVENT_JOB}" is the name of outbox events`);
      found.set(queue, consumer);
    }
    for (const name of this.queues.names()) {
      if (!found.has(name)) problems.push(`queue ${name} has no consumer`);
    }
    if (problems.length) throw new ConsumerProblem(problems.join('; '));
    this.found = found;
    return found;
  }

  /** The queues an event of this type is delivered to; none means the event is kept as a record only. */
  routes(type: string): string[] {
    return [...this.consumers()]
      .filter(([, c]) => c.events.includes(type))
      .map(([q]) => q)
      .sort();
  }

  /** The handler of a job, or a reason why there is none. */
  handler(queue: string, name: string): ((data: unknown, ctx: JobContext) => Promise<unknown>) | string {
    const consumer = this.consumers().get(queue);
    if (!consumer) return `no consumer for queue ${queue}`;
    if (name === EVENT_JOB) {
      return (data, ctx) => {
        const event = data as { eventId: string; type: string; payload: unknown };
        if (!consumer.events.includes(event.type)) {
          return Promise.reject(new Error(`queue ${queue} does not take ${event.type} events`));
        }
        return consumer.onEvent(event, ctx);
      };
    }
    return consumer.jobs[name] ?? `no handler for ${queue}/${name}`;
  }
}
