// The earnings feature's part of an erasure: amounts, dates and payers stay, so every total stays true; only a
// copy of the person's name in an entry's reason is replaced. The ledger is append-only; its trigger lets this
// one change through when the transaction says it is an erasure (hh.erasure) and nothing but the words change.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErasedPerson, PersonEraser, replaceEverywhere } from '../platform/database/erase';

@Injectable()
export class EarningsErasure implements PersonEraser {
  async erasePerson(m: EntityManager, p: ErasedPerson): Promise<void> {
    await m.query(`SELECT set_config('hh.erasure', 'on', true)`);
    await replaceEverywhere(
      m,
      'ledger_entries',
      [
        { name: 'reason', kind: 'text' },
        { name: 'payer_name', kind: 'text' },
      ],
      p.needles,
    );
    await m.query(`SELECT set_config('hh.erasure', 'off', true)`);
  }
}
