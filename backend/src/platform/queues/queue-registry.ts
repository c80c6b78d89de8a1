// The queues the features registered, found at start. The platform knows no queue by name.
import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Queue } from 'bullmq';

/** What `QueueModule.register(name)` provides: a queue a feature declared. */
export class RegisteredQueue {
  constructor(
    readonly name: string,
    readonly queue: Queue,
  ) {}
}

@Injectable()
export class QueueRegistry {
  private found?: Map<string, Queue>;

  constructor(private readonly discovery: DiscoveryService) {}

  // Found on first use (every provider exists by then, also before the app's init hooks have run).
  private get queues(): Map<string, Queue> {
    if (this.found) return this.found;
    this.found = new Map();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (instance instanceof RegisteredQueue && !this.found.has(instance.name)) {
        instance.queue.on('error', () => undefined); // an unreachable Redis is reported by /api/health
        this.found.set(instance.name, instance.queue);
      }
    }
    return this.found;
  }

  names(): string[] {
    return [...this.queues.keys()].sort();
  }

  get(name: string): Queue | undefined {
    return this.queues.get(name);
  }

  all(): [string, Queue][] {
    return this.names().map((n) => [n, this.queues.get(n)!]);
  }
}
