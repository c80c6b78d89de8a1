// All writes of the gigs feature, and its reads of its own tables: gigs, bookings and the events they emit.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxService } from '../platform/outbox/outbox.service';
import { DomainEvents, EventType } from '../platform/outbox/events';
import type { GigCategory, GigStatus } from './gig.entity';
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
  area: string;
  payCents: number;
  /** Places held by bookings (booking.rules). */
  occupied: number;
}

export interface NewGig {
  organisationId: string;
  title: string;
  description: string;
  category: GigCategory;
  area: string;
  startsAt: Date;
  endsAt: Date;
  payCents: number;
  places: number;
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
              g.starts_at AS "startsAt", g.ends_at AS "endsAt", g.places, g.area, g.pay_cents AS "payCents",
              ${occupiedPlacesSql('g.id')} AS occupied
       FROM gigs g WHERE g.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async insertGig(g: NewGig, status: GigStatus, at: Date): Promise<string> {
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO gigs (organisation_id, title, description, category, area, starts_at, ends_at, pay_cents, places, status, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CASE WHEN $10 = 'published' THEN $11::timestamptz END) RETURNING id`,
      [
        g.organisationId,
        g.title,
        g.description,
        g.category,
        g.area,
        g.startsAt,
        g.endsAt,
        g.payCents,
        g.places,
        status,
        at,
      ],
    );
    return rows[0].id;
  }

  async setGigStatus(id: string, status: GigStatus, at: Date): Promise<void> {
    await this.manager.query(
      `UPDATE gigs SET status = $2, updated_at = $3,
         published_at = CASE WHEN $2 = 'published' THEN $3::timestamptz ELSE published_at END
       WHERE id = $1`,
      [id, status, at],
    );
  }

  async booking(gigId: string, seekerId: string): Promise<BookingRow | null> {
    const rows: BookingRow[] = await this.manager.query(
      'SELECT id, gig_id AS "gigId", seeker_id AS "seekerId", status FROM bookings WHERE gig_id = $1 AND seeker_id = $2',
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

  /** Books the seeker, or books them again after a withdrawal; returns the booking id. */
  async upsertBooking(gigId: string, seekerId: string): Promise<string> {
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO bookings (gig_id, seeker_id, status) VALUES ($1, $2, 'booked')
       ON CONFLICT (gig_id, seeker_id) DO UPDATE SET status = 'booked', updated_at = now() RETURNING id`,
      [gigId, seekerId],
    );
    return rows[0].id;
  }

  async setBookingStatus(id: string, status: BookingStatus): Promise<void> {
    await this.manager.query('UPDATE bookings SET status = $2, updated_at = now() WHERE id = $1', [
      id,
      status,
    ]);
  }

  /** Marks every booked place of the gig done; returns the seekers. */
  async completeBookings(gigId: string): Promise<string[]> {
    const [rows] = (await this.manager.query(
      `UPDATE bookings SET status = 'completed', updated_at = now() WHERE gig_id = $1 AND status = 'booked' RETURNING seeker_id`,
      [gigId],
    )) as [{ seeker_id: string }[], number];
    return rows.map((r) => r.seeker_id);
  }

  async bookedSeekers(gigId: string): Promise<string[]> {
    const rows: { seeker_id: string }[] = await this.manager.query(
      `SELECT seeker_id FROM bookings WHERE gig_id = $1 AND status = 'booked' ORDER BY created_at, id`,
      [gigId],
    );
    return rows.map((r) => r.seeker_id);
  }
}
