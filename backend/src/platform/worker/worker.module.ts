import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { OutboxModule } from '../outbox/outbox.module';
import { OutboxRelay } from '../outbox/outbox.relay';
import { ConsumerRegistry } from './consumer-registry';
import { Processors } from './processors';
import { Retention } from './retention';
import { Scheduler } from './scheduler';

/** The worker role: the outbox relay, one processor per registered queue, the consumers' schedules, retention. */
@Module({
  imports: [DiscoveryModule, OutboxModule],
  providers: [ConsumerRegistry, Processors, Scheduler, OutboxRelay, Retention],
  exports: [ConsumerRegistry, OutboxRelay, Processors, Retention],
})
export class WorkerModule {}
