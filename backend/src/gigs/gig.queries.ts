// Read model: gigs as people see them, with their organisation's name and, for the organisation, the names of
// the seekers who took them. It joins the accounts feature's tables, so it lives here, declared, and only
// reads.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { occupiedPlacesSql } from './booking.rules';
import type { BookingDto, GigDto, MyGigDto } from './dto/gig.dto';

const iso = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

const GIG_COLUMNS = `g.id, g.title, g.description, g.category, g.district AS area,
  ${iso('g.starts_at')} AS "startsAt", ${iso('g.ends_at')} AS "endsAt",
  g.pay_cents AS "payCents", g.places, g.status, g.organisation_id AS "organisationId", o.name AS "organisationName",
  g.places - ${occupiedPlacesSql('g.id')} AS "placesLeft"`;

@Injectable()
export class GigQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Published gigs that have not started by `now`, soonest first. */
  upcoming(now: Date, limit: number): Promise<GigDto[]> {
    return this.db.query(
      `SELECT ${GIG_COLUMNS} FROM gigs g JOIN organisations o ON o.id = g.organisation_id
       WHERE g.status = 'published' AND g.starts_at > $1 ORDER BY g.starts_at, g.id LIMIT $2`,
      [now, limit],
    );
  }

  ofOrganisation(organisationId: string, limit: number): Promise<GigDto[]> {
    return this.db.query(
      `SELECT ${GIG_COLUMNS} FROM gigs g JOIN organisations o ON o.id = g.organisation_id
       WHERE g.organisation_id = $1 ORDER BY g.starts_at DESC, g.id LIMIT $2`,
      [organisationId, limit],
    );
  }

  async one(id: string): Promise<GigDto | null> {
    const rows: GigDto[] = await this.db.query(
      `SELECT ${GIG_COLUMNS} FROM gigs g JOIN organisations o ON o.id = g.organisation_id WHERE g.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The seeker's own gigs (not the withdrawn ones), latest first. */
  mine(seekerId: string, limit: number): Promise<MyGigDto[]> {
    return this.db.query(
      `SELECT ${GIG_COLUMNS}, b.status AS "bookingStatus"
       FROM bookings b JOIN gigs g ON g.id = b.gig_id JOIN organisations o ON o.id = g.organisation_id
       WHERE b.seeker_id = $1 AND b.status IN ('applied', 'waitlisted', 'booked', 'completed', 'no_show')
       ORDER BY g.starts_at DESC, g.id LIMIT $2`,
      [seekerId, limit],
    );
  }

  bookingsOf(gigId: string): Promise<BookingDto[]> {
    return this.db.query(
      `SELECT b.id, b.status, u.name AS "seekerName", ${iso('b.created_at')} AS "createdAt"
       FROM bookings b JOIN users u ON u.id = b.seeker_id WHERE b.gig_id = $1 ORDER BY b.created_at, b.id`,
      [gigId],
    );
  }
}
