// All writes of the gigs feature, and its reads of its own tables: gigs, bookings and the events they emit.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxService } from '../platform/outbox/outbox.service';
import { DomainEvents, EventType } from '../platform/outbox/events';
import type { GigCategory, GigStatus } from './gig.entity';
import type { GigAction } from './gig.lifecycle';
import type { BookingStatus } from './booking.entity';
import { occupiedPlacesSql } from './booking.rules';
import './gigs.events';

export interface GigRow {
  id: string;
  organisationId: string;
  title: string;
  category: GigCategory;
  status: GigStatus;
  startsAt: Date;
  endsAt: Date;
  places: number;
  district: string;
  timeKind: 'fixed' | 'window';
  payKind: 'per_gig' | 'per_hour';
  estimatedMinutes: number;
  payCents: number;
  /** Places held by bookings (booking.rules). */
  occupied: number;
}

export interface NewGig {
  organisationId: string;
  title: string;
  description: string;
  category: GigCategory;
  district: string;
  startsAt: Date;
  endsAt: Date;
  estimatedMinutes: number;
  payCents: number;
  places: number;
  createdBy: string | null;
}

export interface BookingRow {
  id: string;
  gigId: string;
  seekerId: string;
  status: BookingStatus;
}

@Injectable()
export class GigRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly manager: EntityManager = db.manager,
  ) {}

  transaction<T>(fn: (tx: GigRepository) => Promise<T>): Promise<T> {
    return this.db.transaction((m) => fn(new GigRepository(this.db, this.outbox, m)));
  }

  emit<T extends EventType>(type: T, payload: DomainEvents[T]): Promise<string> {
    return this.outbox.emit(this.manager, type, payload);
  }

  /**
   * The gig, locked for the rest of the transaction when `lock` (bookings count places under this lock).
   * The lock is taken by a statement of its own: a count in the locking statement would use the snapshot from
   * before it waited for the lock, and miss the booking the other transaction has just committed.
   */
  async gig(id: string, lock = false): Promise<GigRow | null> {
    if (lock) await this.manager.query('SELECT 1 FROM gigs WHERE id = $1 FOR UPDATE', [id]);
    const rows: GigRow[] = await this.manager.query(
      `SELECT g.id, g.organisation_id AS "organisationId", g.title, g.category, g.status,
              g.starts_at AS "startsAt", g.ends_at AS "endsAt", g.places, g.district, g.time_kind AS "timeKind", g.pay_kind AS "payKind",
              g.estimated_minutes AS "estimatedMinutes", g.pay_cents AS "payCents",
              ${occupiedPlacesSql('g.id')} AS occupied
       FROM gigs g WHERE g.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async insertGig(g: NewGig, status: GigStatus, at: Date): Promise<string> {
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO gigs (organisation_id, title, description, category, district, starts_at, ends_at,
         estimated_minutes, pay_cents, places, status, created_by, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, CASE WHEN $11 = 'published' THEN $13::timestamptz END)
       RETURNING id`,
      [
        g.organisationId,
        g.title,
        g.description,
        g.category,
        g.district,
        g.startsAt,
        g.endsAt,
        g.estimatedMinutes,
        g.payCents,
        g.places,
        status,
        g.createdBy,
        at,
      ],
    );
    await this.recordGigStatus(rows[0].id, null, status, 'create', g.createdBy, at);
    return rows[0].id;
  }

  /** Moves the gig to `to` and records the change; GigService decides (gig.lifecycle) and calls this only. */
  async setGigStatus(
    id: string,
    from: GigStatus,
    to: GigStatus,
    action: GigAction,
    by: string | null,
    at: Date,
  ): Promise<void> {
    await this.manager.query(
      `UPDATE gigs SET status = $2, updated_at = $3,
         published_at = CASE WHEN $2 = 'published' AND published_at IS NULL THEN $3::timestamptz ELSE published_at END
       WHERE id = $1`,
      [id, to, at],
    );
    await this.recordGigStatus(id, from, to, action, by, at);
  }

  private async recordGigStatus(
    gigId: string,
    from: GigStatus | null,
    to: GigStatus,
    action: GigAction | 'create',
    by: string | null,
    at: Date,
  ): Promise<void> {
    await this.manager.query(
      `INSERT INTO gig_status_changes (gig_id, from_status, to_status, action, changed_by, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [gigId, from, to, action, by, at],
    );
  }

  /** The seeker's live booking on the gig (applied, waitlisted, booked, or settled after it), if any. */
  async booking(gigId: string, seekerId: string): Promise<BookingRow | null> {
    const rows: BookingRow[] = await this.manager.query(
      `SELECT id, gig_id AS "gigId", seeker_id AS "seekerId", status FROM bookings
       WHERE gig_id = $1 AND seeker_id = $2 AND status IN ('applied', 'waitlisted', 'booked', 'completed', 'no_show')`,
      [gigId, seekerId],
    );
    return rows[0] ?? null;
  }

  /** The seeker's latest booking on the gig, whatever became of it (for showing them where they stand). */
  async latestBooking(gigId: string, seekerId: string): Promise<BookingRow | null> {
    const rows: BookingRow[] = await this.manager.query(
      `SELECT id, gig_id AS "gigId", seeker_id AS "seekerId", status FROM bookings
       WHERE gig_id = $1 AND seeker_id = $2 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [gigId, seekerId],
    );
    return rows[0] ?? null;
  }

  async bookingById(id: string): Promise<BookingRow | null> {
    const rows: BookingRow[] = await this.manager.query(
      'SELECT id, gig_id AS "gigId", seeker_id AS "seekerId", status FROM bookings WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * A new booking holding a place; a seeker who withdrew and books again gets a new row, so the history
   * stays. `during` is the gig's time for fixed-time gigs (the exclusion constraint refuses an overlap).
   */
  async insertBooking(gig: GigRow, seekerId: string, at: Date): Promise<string> {
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO bookings (gig_id, seeker_id, status, during, created_at, updated_at)
       VALUES ($1, $2, 'booked', CASE WHEN $3 = 'fixed' THEN tstzrange($4, $5) END, $6, $6) RETURNING id`,
      [gig.id, seekerId, gig.timeKind, gig.startsAt, gig.endsAt, at],
    );
    await this.recordBookingStatus(rows[0].id, null, 'booked', seekerId, null, at);
    return rows[0].id;
  }

  async setBookingStatus(
    id: string,
    from: BookingStatus,
    to: BookingStatus,
    by: string | null,
    at: Date,
    reason: string | null = null,
  ): Promise<void> {
    await this.manager.query(
      `UPDATE bookings SET status = $2, updated_at = $3, during = CASE WHEN $2 = 'booked' THEN during END,
         withdraw_reason = CASE WHEN $2 = 'withdrawn' THEN $4 ELSE withdraw_reason END
       WHERE id = $1`,
      [id, to, at, to === 'withdrawn' ? reason : null],
    );
    await this.recordBookingStatus(id, from, to, by, reason, at);
  }

  /** Marks every booked place of the gig done; returns the bookings. */
  async completeBookings(gigId: string, at: Date): Promise<{ id: string; seekerId: string }[]> {
    const [rows] = (await this.manager.query(
      `UPDATE bookings SET status = 'completed', updated_at = $2, during = NULL
       WHERE gig_id = $1 AND status = 'booked' RETURNING id, seeker_id`,
      [gigId, at],
    )) as [{ id: string; seeker_id: string }[], number];
    for (const r of rows) await this.recordBookingStatus(r.id, 'booked', 'completed', null, null, at);
    return rows.map((r) => ({ id: r.id, seekerId: r.seeker_id }));
  }

  /** The gig is called off: every live booking is cancelled with it. */
  async cancelBookings(gigId: string, by: string | null, at: Date): Promise<void> {
    const [rows] = (await this.manager.query(
      `WITH live AS (SELECT id, status FROM bookings WHERE gig_id = $1 AND status IN ('applied', 'waitlisted', 'booked'))
       UPDATE bookings b SET status = 'cancelled', updated_at = $2, during = NULL
       FROM live WHERE b.id = live.id RETURNING b.id, live.status AS was`,
      [gigId, at],
    )) as [{ id: string; was: BookingStatus }[], number];
    for (const r of rows) await this.recordBookingStatus(r.id, r.was, 'cancelled', by, 'gig cancelled', at);
  }

  private async recordBookingStatus(
    bookingId: string,
    from: BookingStatus | null,
    to: BookingStatus,
    by: string | null,
    reason: string | null,
    at: Date,
  ): Promise<void> {
    await this.manager.query(
      `INSERT INTO booking_status_changes (booking_id, from_status, to_status, changed_by, reason, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [bookingId, from, to, by, reason, at],
    );
  }

  async bookedSeekers(gigId: string): Promise<string[]> {
    const rows: { seeker_id: string }[] = await this.manager.query(
      `SELECT seeker_id FROM bookings WHERE gig_id = $1 AND status = 'booked' ORDER BY created_at, id`,
      [gigId],
    );
    return rows.map((r) => r.seeker_id);
  }
}
