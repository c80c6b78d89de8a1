// The notifications feature's part of an erasure: the name copied into notices' params (theirs and other
// people's, "Fatima booked your gig") is replaced.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErasedPerson, PersonEraser, replaceEverywhere } from '../platform/database/erase';

@Injectable()
export class NotificationsErasure implements PersonEraser {
  async erasePerson(m: EntityManager, p: ErasedPerson): Promise<void> {
    await replaceEverywhere(
      m,
      'notifications',
      [
        { name: 'params', kind: 'jsonb' },
        { name: 'link', kind: 'text' },
      ],
      p.needles,
    );
  }
}
