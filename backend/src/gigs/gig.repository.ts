// All writes of the gigs feature, and its reads of its own tables: gigs, bookings and the events they emit.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxService } from '../platform/outbox/outbox.service';
import { DomainEvents, EventType } from '../platform/outbox/events';
import type {
  GigCategory,
  GigStatus,
  PayKind,
  PhysicalLoad,
  Selection,
  Setting,
  TimeKind,
} from './gig.entity';
import type { GigAction } from './gig.lifecycle';
import type { BookingStatus } from './booking.entity';
import { occupiedPlacesSql } from './booking.rules';
import type { GigCategoryRow } from './gig-category.entity';
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
  postalCode: string | null;
  timeKind: 'fixed' | 'window';
  payKind: 'per_gig' | 'per_hour';
  estimatedMinutes: number;
  payCents: number;
  selection: Selection;
  /** Places held by bookings (booking.rules). */
  occupied: number;
}

/** What an organisation writes of a gig (posting and editing). */
export interface GigFields {
  title: string;
  description: string;
  category: GigCategory;
  district: string;
  postalCode: string | null;
  streetAddress: string | null;
  latitude: number | null;
  longitude: number | null;
  timeKind: TimeKind;
  startsAt: Date;
  endsAt: Date;
  estimatedMinutes: number;
  payKind: PayKind;
  payCents: number;
  places: number;
  selection: Selection;
  skills: string[];
  languages: string[];
  physicalLoad: PhysicalLoad;
  setting: Setting;
  toolsProvided: boolean;
  accessibilityNotes: string;
  contactName: string;
  contactPhone: string;
  supported: boolean;
  supportPerson: string;
  supportNotes: string;
  withdrawHours: number;
  attendanceHours: number;
}

export interface NewGig extends GigFields {
  organisationId: string;
  createdBy: string | null;
  seriesId: string | null;
  copiedFromId: string | null;
}

/** The columns of GigFields, in one order, for inserting and updating. */
const FIELD_COLUMNS: [keyof GigFields, string][] = [
  ['title', 'title'],
  ['description', 'description'],
  ['category', 'category'],
  ['district', 'district'],
  ['postalCode', 'postal_code'],
  ['streetAddress', 'street_address'],
  ['latitude', 'latitude'],
  ['longitude', 'longitude'],
  ['timeKind', 'time_kind'],
  ['startsAt', 'starts_at'],
  ['endsAt', 'ends_at'],
  ['estimatedMinutes', 'estimated_minutes'],
  ['payKind', 'pay_kind'],
  ['payCents', 'pay_cents'],
  ['places', 'places'],
  ['selection', 'selection'],
  ['skills', 'skills'],
  ['languages', 'languages'],
  ['physicalLoad', 'physical_load'],
  ['setting', 'setting'],
  ['toolsProvided', 'tools_provided'],
  ['accessibilityNotes', 'accessibility_notes'],
  ['contactName', 'contact_name'],
  ['contactPhone', 'contact_phone'],
  ['supported', 'supported'],
  ['supportPerson', 'support_person'],
  ['supportNotes', 'support_notes'],
  ['withdrawHours', 'withdraw_hours'],
  ['attendanceHours', 'attendance_hours'],
];

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
              g.starts_at AS "startsAt", g.ends_at AS "endsAt", g.places, g.district, g.postal_code AS "postalCode", g.time_kind AS "timeKind", g.pay_kind AS "payKind",
              g.estimated_minutes AS "estimatedMinutes", g.pay_cents AS "payCents", g.selection,
              ${occupiedPlacesSql('g.id')} AS occupied
       FROM gigs g WHERE g.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async insertGig(g: NewGig, status: GigStatus, at: Date): Promise<string> {
    const cols = FIELD_COLUMNS.map(([, c]) => c);
    const values: unknown[] = FIELD_COLUMNS.map(([k]) => g[k]);
    values.push(g.organisationId, g.createdBy, g.seriesId, g.copiedFromId, status, at);
    const n = FIELD_COLUMNS.length;
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO gigs (${cols.join(', ')}, organisation_id, created_by, series_id, copied_from_id, status,
         created_at, updated_at, published_at)
       VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}, $${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5},
         $${n + 6}, $${n + 6}, CASE WHEN $${n + 5} = 'published' THEN $${n + 6}::timestamptz END)
       RETURNING id`,
      values,
    );
    await this.recordGigStatus(rows[0].id, null, status, 'create', g.createdBy, at);
    return rows[0].id;
  }

  /** Writes an organisation's edit of the gig's fields. */
  async updateGigFields(id: string, g: GigFields, at: Date): Promise<void> {
    const sets = FIELD_COLUMNS.map(([, c], i) => `${c} = $${i + 2}`).join(', ');
    await this.manager.query(
      `UPDATE gigs SET ${sets}, updated_at = $${FIELD_COLUMNS.length + 2} WHERE id = $1`,
      [id, ...FIELD_COLUMNS.map(([k]) => g[k]), at],
    );
  }

  /** The gig's new time for the places held on it; the exclusion constraint refuses an overlap (23P01). */
  async moveBookedTime(gigId: string, timeKind: TimeKind, startsAt: Date, endsAt: Date): Promise<void> {
    await this.manager.query(
      `UPDATE bookings SET during = CASE WHEN $2 = 'fixed' THEN tstzrange($3, $4) END
       WHERE gig_id = $1 AND status = 'booked'`,
      [gigId, timeKind, startsAt, endsAt],
    );
  }

  /** How many live applications or waitlist places the gig has. */
  async pendingApplications(gigId: string): Promise<number> {
    const rows: { n: number }[] = await this.manager.query(
      `SELECT count(*)::int AS n FROM bookings WHERE gig_id = $1 AND status IN ('applied', 'waitlisted')`,
      [gigId],
    );
    return rows[0].n;
  }

  // The managed list of kinds of work

  categories(): Promise<GigCategoryRow[]> {
    return this.manager.query(
      `SELECT code, name_fi AS "nameFi", name_sv AS "nameSv", name_en AS "nameEn", position, active
       FROM gig_categories ORDER BY position, code`,
    );
  }

  async saveCategory(c: GigCategoryRow): Promise<void> {
    await this.manager.query(
      `INSERT INTO gig_categories (code, name_fi, name_sv, name_en, position, active) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (code) DO UPDATE SET name_fi = $2, name_sv = $3, name_en = $4, position = $5, active = $6`,
      [c.code, c.nameFi, c.nameSv, c.nameEn, c.position, c.active],
    );
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
