// The matching feature's part of an erasure: the work profile's own words and birth year go.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErasedPerson, PersonEraser } from '../platform/database/erase';

@Injectable()
export class MatchingErasure implements PersonEraser {
  async erasePerson(m: EntityManager, p: ErasedPerson): Promise<void> {
    await m.query(
      `UPDATE match_preferences SET accessibility_needs = '', birth_year = NULL, skills = '{}' WHERE user_id = $1`,
      [p.userId],
    );
  }
}
