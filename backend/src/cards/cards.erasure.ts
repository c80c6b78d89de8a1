// The cards feature's part of an erasure: the help card's words go and it is hidden.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErasedPerson, ERASED, PersonEraser } from '../platform/database/erase';

@Injectable()
export class CardsErasure implements PersonEraser {
  async erasePerson(m: EntityManager, p: ErasedPerson): Promise<void> {
    await m.query(
      `UPDATE help_cards SET text = $2, district = '', times = '', visible = false, updated_at = now()
       WHERE seeker_id = $1`,
      [p.userId, ERASED],
    );
  }
}
