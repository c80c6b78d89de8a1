// The domain events. The platform declares only its own here; each feature declares the events it emits in
// `<feature>.events.ts` by adding to this interface (TypeScript declaration merging):
//
//   declare module '../platform/outbox/events' {
//     interface DomainEvents { 'gig.published': { gigId: string; ... } }
//   }
//
// so OutboxService.emit() and every consumer's handler are typed end to end, and the platform imports no
// feature. Which queues receive an event is declared by the consumers (see platform/queues/jobs.ts).

export interface DomainEvents {
  /** A job failed its last try. The worker emits it; the notifications feature tells the staff. */
  'job.failed': { queue: string; jobName: string; jobId: string; reason: string; eventType: string | null };
}

export type EventType = keyof DomainEvents;

/** An event as a consumer receives it, discriminated by its type. */
export type EventOf<T extends EventType> = {
  [K in T]: { eventId: string; type: K; payload: DomainEvents[K] };
}[T];
