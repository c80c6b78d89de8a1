// Read model: the pay a seeker can expect from places they hold (the gigs feature's bookings and gigs), and
// one gig's expected pay, for the "what this gig does" figures. Declared here; it only reads.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { expectedPaySql } from '../gigs/pay.rules';
import type { LedgerEntry } from './limits';

const helsinkiDay = (col: string) => `to_char(${col} AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD')`;

@Injectable()
export class EarningsQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Places held and not yet done: their expected pay, counted on the gig's first day (work and payment);
   * leaving out `exceptGigId`, the gig being looked at.
   */
  projected(seekerId: string, exceptGigId: string | null = null): Promise<LedgerEntry[]> {
    return this.db.query(
      `SELECT ${expectedPaySql('g')} AS "amountCents", ${helsinkiDay('g.starts_at')} AS "workDate",
         ${helsinkiDay('g.starts_at')} AS "paymentDate"
       FROM bookings b JOIN gigs g ON g.id = b.gig_id
       WHERE b.seeker_id = $1 AND b.status = 'booked' AND g.status IN ('published', 'full', 'in_progress', 'done')
         AND g.id IS DISTINCT FROM $2::uuid`,
      [seekerId, exceptGigId],
    );
  }

  /** A gig a seeker may see, with its expected pay and first day; null when there is none. */
  async gig(gigId: string): Promise<{ amountCents: number; day: string } | null> {
    const rows = await this.db.query(
      `SELECT ${expectedPaySql('g')} AS "amountCents", ${helsinkiDay('g.starts_at')} AS day
       FROM gigs g WHERE g.id = $1 AND g.status <> 'draft'`,
      [gigId],
    );
    return rows[0] ?? null;
  }

  /** Whether the seeker holds a place on the gig (then its pay is already among the projected). */
  async holds(gigId: string, seekerId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM bookings WHERE gig_id = $1 AND seeker_id = $2 AND status = 'booked'`,
      [gigId, seekerId],
    );
    return rows.length > 0;
  }

  async seekerName(seekerId: string): Promise<string> {
    const rows: { name: string }[] = await this.db.query(`SELECT name FROM users WHERE id = $1`, [seekerId]);
    return rows[0]?.name ?? '';
  }

  async roleOf(userId: string): Promise<string | null> {
    const rows: { role: string }[] = await this.db.query(`SELECT role FROM users WHERE id = $1`, [userId]);
    return rows[0]?.role ?? null;
  }
}
