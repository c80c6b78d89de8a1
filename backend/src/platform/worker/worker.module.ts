import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { OutboxModule } from '../outbox/outbox.module';
import { OutboxRelay } from '../outbox/outbox.relay';
import { ConsumerRegistry } from './consumer-registry';
import { Processors } from './processors';
import { Scheduler } from './scheduler';

/** The worker role: the outbox relay, one processor per registered queue, and the consumers' schedules. */
@Module({
  imports: [DiscoveryModule, OutboxModule],
  providers: [ConsumerRegistry, Processors, Scheduler, OutboxRelay],
  exports: [ConsumerRegistry, OutboxRelay, Processors],
})
export class WorkerModule {}
