// The matching feature's part of an erasure: the work profile's own words and the home point go. The birth year stays (alone it
// names nobody) because the funders' report counts participants aged 18 to 29 by it, and must not change.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErasedPerson, PersonEraser } from '../platform/database/erase';

@Injectable()
export class MatchingErasure implements PersonEraser {
  async erasePerson(m: EntityManager, p: ErasedPerson): Promise<void> {
    await m.query(
      `UPDATE match_preferences SET accessibility_needs = '', skills = '{}', home_latitude = NULL,
         home_longitude = NULL, max_km = NULL WHERE user_id = $1`,
      [p.userId],
    );
  }
}
