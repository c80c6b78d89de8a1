// The platform's part of an erasure: copies of the person's name and address in events' payloads (the outbox)
// and in the audit log's before/after are replaced; the rows stay as the record of what happened.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErasedPerson, PersonEraser, replaceEverywhere } from './erase';

@Injectable()
export class PlatformErasure implements PersonEraser {
  async erasePerson(m: EntityManager, p: ErasedPerson): Promise<void> {
    await replaceEverywhere(
      m,
      'outbox_events',
      [
        { name: 'payload', kind: 'jsonb' },
        { name: 'last_error', kind: 'text' },
      ],
      p.needles,
    );
    await replaceEverywhere(
      m,
      'audit_events',
      [
        { name: 'before', kind: 'jsonb' },
        { name: 'after', kind: 'jsonb' },
      ],
      p.needles,
    );
  }
}
