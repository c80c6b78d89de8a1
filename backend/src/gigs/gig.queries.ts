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

/** The start to the microsecond, for a keyset (startsAt itself is to the second). */
const CURSOR_AT = `to_char(g.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;

export type Keyed<T> = T & { cursorAt: string };

const FROM = `FROM gigs g JOIN organisations o ON o.id = g.organisation_id`;

@Injectable()
export class GigQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Open gigs ahead of `now` that meet the filters, soonest first, from after the keyset (starts_at, id).
   * `area`: digits are the start of a postal code, anything else a part of the district's name.
   */
  search(
    now: Date,
    f: { category?: string; area?: string; fromAt?: Date; toAt?: Date; minPayCents?: number; open?: boolean },
    after: [string, string] | null,
    limit: number,
  ): Promise<Keyed<GigDto>[]> {
    const params: unknown[] = [now, limit];
    // A paused organisation's gigs are not offered (the coordinators' pause).
    const where = [`g.status IN ('published', 'full')`, `g.starts_at > $1`, `o.paused_at IS NULL`];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (f.open) where.push(`g.status = 'published' AND g.places > ${occupiedPlacesSql('g.id')}`);
    if (f.category) add((p) => `g.category = ${p}`, f.category);
    if (f.area && /^\d{2,5}$/.test(f.area)) add((p) => `g.postal_code LIKE ${p} || '%'`, f.area);
    else if (f.area) add((p) => `g.district ILIKE '%' || ${p} || '%'`, f.area.replace(/[\\%_]/g, '\\$&'));
    if (f.fromAt) add((p) => `g.starts_at >= ${p}`, f.fromAt);
    if (f.toAt) add((p) => `g.starts_at < ${p}`, f.toAt);
    if (f.minPayCents != null) add((p) => `${expectedPaySql('g')} >= ${p}`, f.minPayCents);
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(g.starts_at, g.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    return this.db.query(
      `SELECT ${GIG_COLUMNS}, ${CURSOR_AT} ${FROM} WHERE ${where.join(' AND ')} ORDER BY g.starts_at, g.id LIMIT $2`,
      params,
    );
  }

  /**
   * "For you": the open gigs ahead that matching told the seeker of and they have not yet taken, applied to or
   * queued for; best first: a supported gig they asked for, then more reasons, then the soonest. Reads
   * matching's table of matches (declared here: a read model).
   */
  forYou(
    seekerId: string,
    now: Date,
    after: [number, string, string] | null,
    limit: number,
  ): Promise<Keyed<GigDto & { reasons: string[]; rank: number }>[]> {
    const rank = `(CASE WHEN 'supported' = ANY(m.reasons) THEN 8 ELSE 0 END + cardinality(m.reasons))`;
    return this.db.query(
      `SELECT ${GIG_COLUMNS}, ${CURSOR_AT}, m.reasons, ${rank} AS rank
       FROM matches m JOIN gigs g ON g.id = m.gig_id JOIN organisations o ON o.id = g.organisation_id
       WHERE m.seeker_id = $1 AND g.status IN ('published', 'full') AND g.starts_at > $2 AND o.paused_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.gig_id = g.id AND b.seeker_id = $1
                         AND b.status IN ('applied', 'waitlisted', 'booked'))
         AND ($4::int IS NULL OR (-${rank}, g.starts_at, g.id) > ($4::int, $5::timestamptz, $6::uuid))
       ORDER BY ${rank} DESC, g.starts_at, g.id LIMIT $3`,
      [seekerId, now, limit, after ? -after[0] : null, after?.[1] ?? null, after?.[2] ?? null],
    );
  }

  /** Why matching told the seeker of the gig; empty if it did not. */
  async matchReasons(gigId: string, seekerId: string): Promise<string[]> {
    const rows: { reasons: string[] }[] = await this.db.query(
      'SELECT reasons FROM matches WHERE gig_id = $1 AND seeker_id = $2',
      [gigId, seekerId],
    );
    return rows[0]?.reasons ?? [];
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
