// All I/O of the gigs feature: gigs, bookings and the events they emit.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxService } from '../platform/outbox/outbox.service';
import { DomainEvents, EventType } from '../platform/outbox/events';
import type { GigCategory, GigStatus } from './gig.entity';
import type { BookingStatus } from './booking.entity';
import type { BookingDto, GigDto, MyGigDto } from './dto/gig.dto';

const iso = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

const GIG_SELECT = `SELECT g.id, g.title, g.description, g.category, g.area,
  ${iso('g.starts_at')} AS "startsAt", ${iso('g.ends_at')} AS "endsAt",
  g.pay_cents AS "payCents", g.places, g.status, g.organisation_id AS "organisationId", o.name AS "organisationName",
  g.places - (SELECT count(*) FROM bookings b WHERE b.gig_id = g.id AND b.status IN ('booked', 'completed'))::int AS "placesLeft"
  FROM gigs g JOIN organisations o ON o.id = g.organisation_id`;

export interface GigRow {
  id: string;
  organisationId: string;
  title: string;
  status: GigStatus;
  startsAt: Date;
  endsAt: Date;
  places: number;
  area: string;
  payCents: number;
  organisationName: string;
  organisationVerified: boolean;
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

  /** Published gigs that have not started yet, soonest first. */
  listUpcomingPublished(limit: number): Promise<GigDto[]> {
    return this.manager.query(
      `${GIG_SELECT} WHERE g.status = 'published' AND g.starts_at > now() ORDER BY g.starts_at, g.id LIMIT $1`,
      [limit],
    );
  }

  listByOrganisation(organisationId: string, limit: number): Promise<GigDto[]> {
    return this.manager.query(
      `${GIG_SELECT} WHERE g.organisation_id = $1 ORDER BY g.starts_at DESC, g.id LIMIT $2`,
      [organisationId, limit],
    );
  }

  async gigDto(id: string): Promise<GigDto | null> {
    const rows: GigDto[] = await this.manager.query(`${GIG_SELECT} WHERE g.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The gig, locked for the rest of the transaction when `lock` (bookings count places under this lock). */
  async gig(id: string, lock = false): Promise<GigRow | null> {
    const rows: GigRow[] = await this.manager.query(
      `SELECT g.id, g.organisation_id AS "organisationId", g.title, g.status, g.starts_at AS "startsAt", g.ends_at AS "endsAt",
              g.places, g.area, g.pay_cents AS "payCents", o.name AS "organisationName", o.verified_at IS NOT NULL AS "organisationVerified"
       FROM gigs g JOIN organisations o ON o.id = g.organisation_id WHERE g.id = $1 ${lock ? 'FOR UPDATE OF g' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  async organisationVerified(organisationId: string): Promise<boolean | null> {
    const rows: { verified: boolean }[] = await this.manager.query(
      'SELECT verified_at IS NOT NULL AS verified FROM organisations WHERE id = $1',
      [organisationId],
    );
    return rows[0]?.verified ?? null;
  }

  async insertGig(g: NewGig, status: GigStatus): Promise<string> {
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO gigs (organisation_id, title, description, category, area, starts_at, ends_at, pay_cents, places, status, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CASE WHEN $10 = 'published' THEN now() END) RETURNING id`,
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
      ],
    );
    return rows[0].id;
  }

  async setGigStatus(id: string, status: GigStatus): Promise<void> {
    await this.manager.query(
      `UPDATE gigs SET status = $2, updated_at = now(), published_at = CASE WHEN $2 = 'published' THEN now() ELSE published_at END WHERE id = $1`,
      [id, status],
    );
  }

  async activeBookingCount(gigId: string): Promise<number> {
    const rows: { n: number }[] = await this.manager.query(
      `SELECT count(*)::int AS n FROM bookings WHERE gig_id = $1 AND status IN ('booked', 'completed')`,
      [gigId],
    );
    return rows[0].n;
  }

  async booking(gigId: string, seekerId: string): Promise<{ id: string; status: BookingStatus } | null> {
    const rows: { id: string; status: BookingStatus }[] = await this.manager.query(
      'SELECT id, status FROM bookings WHERE gig_id = $1 AND seeker_id = $2',
      [gigId, seekerId],
    );
    return rows[0] ?? null;
  }

  async bookingById(
    id: string,
  ): Promise<{ id: string; gigId: string; seekerId: string; status: BookingStatus } | null> {
    const rows: { id: string; gigId: string; seekerId: string; status: BookingStatus }[] =
      await this.manager.query(
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
      `SELECT seeker_id FROM bookings WHERE gig_id = $1 AND status = 'booked'`,
      [gigId],
    );
    return rows.map((r) => r.seeker_id);
  }

  bookingsOfGig(gigId: string): Promise<BookingDto[]> {
    return this.manager.query(
      `SELECT b.id, b.status, u.name AS "seekerName", ${iso('b.created_at')} AS "createdAt"
       FROM bookings b JOIN users u ON u.id = b.seeker_id WHERE b.gig_id = $1 ORDER BY b.created_at`,
      [gigId],
    );
  }

  myGigs(seekerId: string): Promise<MyGigDto[]> {
    return this.manager.query(
      `${GIG_SELECT.replace('FROM gigs g', ', b.status AS "bookingStatus" FROM bookings b JOIN gigs g ON g.id = b.gig_id')}
       WHERE b.seeker_id = $1 AND b.status <> 'withdrawn' ORDER BY g.starts_at DESC LIMIT 200`,
      [seekerId],
    );
  }
}
