// Read model: gigs as people see them, with their organisation's name and, for the organisation, the names of
// the seekers who took them and of who changed the gig. It joins the accounts feature's tables, so it lives
// here, declared, and only reads.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { occupiedPlacesSql } from './booking.rules';
import type { GigDto, MyGigDto, OrgGigDto, StatusChangeDto } from './dto/gig.dto';
import { expectedPaySql } from './pay.rules';

const iso = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** The columns of GigDto: what anyone who may see the gig sees. */
const GIG_COLUMNS = `g.id, g.title, g.description, g.category, g.district, g.postal_code AS "postalCode",
  g.time_kind AS "timeKind", ${iso('g.starts_at')} AS "startsAt", ${iso('g.ends_at')} AS "endsAt",
  g.estimated_minutes AS "estimatedMinutes", g.pay_kind AS "payKind", g.pay_cents AS "payCents",
  ${expectedPaySql('g')} AS "expectedPayCents", g.places, g.places - ${occupiedPlacesSql('g.id')} AS "placesLeft",
  g.selection, g.skills, g.languages, g.physical_load AS "physicalLoad", g.setting, g.tools_provided AS "toolsProvided",
  g.accessibility_notes AS "accessibilityNotes", g.contact_name AS "contactName", g.supported,
  g.support_person AS "supportPerson", g.support_notes AS "supportNotes", g.withdraw_hours AS "withdrawHours",
  g.attendance_hours AS "attendanceHours", g.status, g.organisation_id AS "organisationId",
  o.name AS "organisationName", g.series_id AS "seriesId"`;

/** What the organisation, the staff and booked seekers see besides. */
const PRIVATE_COLUMNS = `g.street_address AS "streetAddress", g.contact_phone AS "contactPhone", g.latitude, g.longitude`;

const FROM = `FROM gigs g JOIN organisations o ON o.id = g.organisation_id`;

@Injectable()
export class GigQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Published gigs that have not started by `now`, soonest first. */
  upcoming(now: Date, limit: number): Promise<GigDto[]> {
    return this.db.query(
      `SELECT ${GIG_COLUMNS} ${FROM}
       WHERE g.status IN ('published', 'full') AND g.starts_at > $1 AND o.paused_at IS NULL
       ORDER BY g.starts_at, g.id LIMIT $2`,
      [now, limit],
    );
  }

  ofOrganisation(organisationId: string, limit: number): Promise<OrgGigDto[]> {
    return this.db.query(
      `SELECT ${GIG_COLUMNS}, ${PRIVATE_COLUMNS}, g.copied_from_id AS "copiedFromId" ${FROM}
       WHERE g.organisation_id = $1 ORDER BY g.starts_at DESC, g.id LIMIT $2`,
      [organisationId, limit],
    );
  }

  async one(id: string): Promise<GigDto | null> {
    const rows: GigDto[] = await this.db.query(`SELECT ${GIG_COLUMNS} ${FROM} WHERE g.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The gig with what only its organisation, the staff and booked seekers see. */
  async oneWithPrivate(id: string): Promise<OrgGigDto | null> {
    const rows: OrgGigDto[] = await this.db.query(
      `SELECT ${GIG_COLUMNS}, ${PRIVATE_COLUMNS}, g.copied_from_id AS "copiedFromId" ${FROM} WHERE g.id = $1`,
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

  /** Every change of the gig's status, oldest first, with who made it. */
  history(gigId: string): Promise<StatusChangeDto[]> {
    return this.db.query(
      `SELECT c.from_status AS "from", c.to_status AS "to", c.action, u.name AS "byName", ${iso('c.changed_at')} AS "at"
       FROM gig_status_changes c LEFT JOIN users u ON u.id = c.changed_by
       WHERE c.gig_id = $1 ORDER BY c.seq`,
      [gigId],
    );
  }
}
