import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEvents, EventType } from './events';

/** Records a domain event inside the caller's transaction, so the event exists exactly when the change does. */
@Injectable()
export class OutboxService {
  async emit<T extends EventType>(
    manager: EntityManager,
    type: T,
    payload: DomainEvents[T],
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      'INSERT INTO outbox_events (type, payload) VALUES ($1, $2) RETURNING id',
      [type, JSON.stringify(payload)],
    );
    return rows[0].id;
  }
}
