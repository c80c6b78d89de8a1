// The accounts feature's part of an erasure: the person's name and address go, and with them every way to sign
// in (password, sessions, links, codes). The users row stays, so bookings and ledger entries keep their owner.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErasedPerson, ERASED, PersonEraser, replaceEverywhere } from '../platform/database/erase';
import { SessionService } from './session.service';

@Injectable()
export class AccountErasure implements PersonEraser {
  constructor(private readonly sessions: SessionService) {}

  async erasePerson(m: EntityManager, p: ErasedPerson): Promise<void> {
    const [user] = await m.query(`SELECT email FROM users WHERE id = $1 FOR UPDATE`, [p.userId]);
    if (user?.email)
      await m.query(`DELETE FROM auth_mails WHERE address_hash = $1`, [
        this.sessions.hash(`mail:${user.email}`),
      ]);
    const addresses = p.needles.map((n) => n.toLowerCase());
    await m.query(`DELETE FROM sessions WHERE user_id = $1`, [p.userId]);
    await m.query(`DELETE FROM account_codes WHERE user_id = $1 OR lower(email) = ANY($2)`, [
      p.userId,
      addresses,
    ]);
    await m.query(`DELETE FROM magic_links WHERE lower(email) = ANY($1)`, [addresses]);
    await m.query(
      `UPDATE users SET name = $2, email = NULL, password_hash = NULL, updated_at = now() WHERE id = $1`,
      [p.userId, ERASED],
    );
    await replaceEverywhere(m, 'magic_links', [{ name: 'payload', kind: 'jsonb' }], p.needles);
  }
}
