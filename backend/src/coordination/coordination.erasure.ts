// The coordination feature's part of an erasure: the words of the path notes about the person go (the steps and
// dates stay for the funders' figures); their name in other notes is replaced.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErasedPerson, PersonEraser, replaceEverywhere } from '../platform/database/erase';

@Injectable()
export class CoordinationErasure implements PersonEraser {
  async erasePerson(m: EntityManager, p: ErasedPerson): Promise<void> {
    await m.query(`UPDATE path_notes SET note = '' WHERE seeker_id = $1`, [p.userId]);
    await replaceEverywhere(m, 'path_notes', [{ name: 'note', kind: 'text' }], p.needles);
  }
}
