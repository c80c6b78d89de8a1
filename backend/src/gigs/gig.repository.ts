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
  withdrawHours: number;
  attendanceHours: number;
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

export interface CompletionRow {
  bookingId: string;
  gigId: string;
  seekerId: string;
  status: 'reported' | 'confirmed' | 'disputed' | 'annulled';
  minutes: number;
  amountCents: number;
  workDate: string;
  paymentDate: string;
  reportedAt: Date;
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
   * Runs `fn` in a savepoint of the current transaction, so a statement the database refuses (an overlap)
   * can be tried and the transaction go on.
   */
  async savepoint<T>(fn: () => Promise<T>): Promise<T> {
    await this.manager.query('SAVEPOINT try_one');
    try {
      const result = await fn();
      await this.manager.query('RELEASE SAVEPOINT try_one');
      return result;
    } catch (e) {
      await this.manager.query('ROLLBACK TO SAVEPOINT try_one');
      throw e;
    }
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
              g.withdraw_hours AS "withdrawHours", g.attendance_hours AS "attendanceHours",
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
  async latestBooking(
    gigId: string,
    seekerId: string,
  ): Promise<(BookingRow & { attendanceConfirmed: boolean }) | null> {
    const rows: (BookingRow & { attendanceConfirmed: boolean })[] = await this.manager.query(
      `SELECT id, gig_id AS "gigId", seeker_id AS "seekerId", status,
         attendance_confirmed_at IS NOT NULL AS "attendanceConfirmed" FROM bookings
       WHERE gig_id = $1 AND seeker_id = $2 ORDER BY seq DESC LIMIT 1`,
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
   * A new booking: holding a place (`booked`), an application (`applied`) or a place on the waitlist. A seeker
   * who withdrew and comes back gets a new row, so the history stays. `during` is the gig's time while the
   * booking holds a place on a fixed-time gig (the exclusion constraint refuses an overlap: 23P01).
   */
  async insertBooking(
    gig: GigRow,
    seekerId: string,
    status: 'booked' | 'applied' | 'waitlisted',
    at: Date,
  ): Promise<string> {
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO bookings (gig_id, seeker_id, status, during, created_at, updated_at)
       VALUES ($1, $2, $3, CASE WHEN $3 = 'booked' AND $4 = 'fixed' THEN tstzrange($5, $6) END, $7, $7) RETURNING id`,
      [gig.id, seekerId, status, gig.timeKind, gig.startsAt, gig.endsAt, at],
    );
    await this.recordBookingStatus(rows[0].id, null, status, seekerId, null, at);
    return rows[0].id;
  }

  /** An application or a waitlist place becomes a place on the gig (the time is then held: `during`). */
  async grantPlace(b: BookingRow, gig: GigRow, by: string | null, at: Date): Promise<void> {
    await this.manager.query(
      `UPDATE bookings SET status = 'booked', updated_at = $2,
         during = CASE WHEN $3 = 'fixed' THEN tstzrange($4, $5) END
       WHERE id = $1`,
      [b.id, at, gig.timeKind, gig.startsAt, gig.endsAt],
    );
    await this.recordBookingStatus(b.id, b.status, 'booked', by, null, at);
  }

  /** The gig's bookings in these states, the earliest first (the waitlist's and the applicants' order). */
  bookingsIn(gigId: string, statuses: BookingStatus[]): Promise<BookingRow[]> {
    return this.manager.query(
      `SELECT id, gig_id AS "gigId", seeker_id AS "seekerId", status FROM bookings
       WHERE gig_id = $1 AND status = ANY($2::text[]) ORDER BY seq`,
      [gigId, statuses],
    );
  }

  /** Booked places nobody has confirmed coming to. */
  unconfirmed(gigId: string): Promise<BookingRow[]> {
    return this.manager.query(
      `SELECT id, gig_id AS "gigId", seeker_id AS "seekerId", status FROM bookings
       WHERE gig_id = $1 AND status = 'booked' AND attendance_confirmed_at IS NULL ORDER BY seq`,
      [gigId],
    );
  }

  async confirmAttendance(bookingId: string, at: Date): Promise<void> {
    await this.manager.query(
      `UPDATE bookings SET attendance_confirmed_at = coalesce(attendance_confirmed_at, $2), updated_at = $2
       WHERE id = $1 AND status = 'booked'`,
      [bookingId, at],
    );
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

  /**
   * The gig is called off: every live booking (a place, an application, the waitlist) is cancelled with it.
   * Returns the seekers whose booking it was, in the order they came.
   */
  async cancelBookings(gigId: string, by: string | null, at: Date): Promise<string[]> {
    const [rows] = (await this.manager.query(
      `WITH live AS (SELECT id, status, seeker_id FROM bookings
                     WHERE gig_id = $1 AND status IN ('applied', 'waitlisted', 'booked'))
       UPDATE bookings b SET status = 'cancelled', updated_at = $2, during = NULL
       FROM live WHERE b.id = live.id RETURNING b.id, live.status AS was, live.seeker_id, b.seq::int8 AS seq`,
      [gigId, at],
    )) as [{ id: string; was: BookingStatus; seeker_id: string; seq: string }[], number];
    rows.sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
    for (const r of rows) await this.recordBookingStatus(r.id, r.was, 'cancelled', by, 'gig cancelled', at);
    return rows.map((r) => r.seeker_id);
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
      `SELECT seeker_id FROM bookings WHERE gig_id = $1 AND status = 'booked' ORDER BY seq`,
      [gigId],
    );
    return rows.map((r) => r.seeker_id);
  }

  // After the gig: completions

  async insertCompletion(c: {
    bookingId: string;
    gigId: string;
    seekerId: string;
    minutes: number;
    amountCents: number;
    workDate: string;
    paymentDate: string;
    reportedBy: string | null;
    at: Date;
  }): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO completions (booking_id, gig_id, seeker_id, minutes, amount_cents, work_date, payment_date,
         reported_by, reported_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (booking_id) DO NOTHING RETURNING booking_id`,
      [
        c.bookingId,
        c.gigId,
        c.seekerId,
        c.minutes,
        c.amountCents,
        c.workDate,
        c.paymentDate,
        c.reportedBy,
        c.at,
      ],
    );
    return rows.length > 0;
  }

  /** The completion, locked for the rest of the transaction when `lock`. */
  async completion(bookingId: string, lock = false): Promise<CompletionRow | null> {
    const rows: CompletionRow[] = await this.manager.query(
      `SELECT booking_id AS "bookingId", gig_id AS "gigId", seeker_id AS "seekerId", status, minutes,
              amount_cents AS "amountCents", to_char(work_date, 'YYYY-MM-DD') AS "workDate",
              to_char(payment_date, 'YYYY-MM-DD') AS "paymentDate", reported_at AS "reportedAt"
       FROM completions WHERE booking_id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [bookingId],
    );
    return rows[0] ?? null;
  }

  async settleCompletion(
    bookingId: string,
    to: 'confirmed' | 'disputed' | 'annulled',
    at: Date,
    extra: Partial<{
      automatic: boolean;
      disputeReason: string;
      resolvedBy: string;
      resolutionNote: string;
      minutes: number;
      amountCents: number;
      paymentDate: string;
    }> = {},
  ): Promise<void> {
    await this.manager.query(
      `UPDATE completions SET status = $2,
         responded_at = CASE WHEN $2 IN ('confirmed', 'disputed') AND resolved_by IS NULL AND $5::uuid IS NULL THEN coalesce(responded_at, $3) ELSE responded_at END,
         confirmed_at = CASE WHEN $2 = 'confirmed' THEN $3 ELSE confirmed_at END,
         automatic = $4, dispute_reason = coalesce($6, dispute_reason), resolved_by = coalesce($5, resolved_by),
         resolution_note = coalesce($7, resolution_note), minutes = coalesce($8, minutes),
         amount_cents = coalesce($9, amount_cents), payment_date = coalesce($10::date, payment_date)
       WHERE booking_id = $1`,
      [
        bookingId,
        to,
        at,
        extra.automatic ?? false,
        extra.resolvedBy ?? null,
        extra.disputeReason ?? null,
        extra.resolutionNote ?? null,
        extra.minutes ?? null,
        extra.amountCents ?? null,
        extra.paymentDate ?? null,
      ],
    );
  }

  /** Whether every person who held a place on the gig is settled: confirmed, annulled or a no-show. */
  async allSettled(gigId: string): Promise<boolean> {
    const rows: { open: number }[] = await this.manager.query(
      `SELECT count(*)::int AS open FROM bookings b
       LEFT JOIN completions c ON c.booking_id = b.id
       WHERE b.gig_id = $1 AND b.status IN ('booked', 'completed')
         AND (c.booking_id IS NULL OR c.status IN ('reported', 'disputed'))`,
      [gigId],
    );
    return rows[0].open === 0;
  }

  // Feedback and shared work histories

  async insertFeedback(f: {
    bookingId: string;
    authorRole: 'organisation' | 'seeker';
    authorId: string;
    punctuality?: number | null;
    quality?: number | null;
    skillsShown?: string;
    wentWell?: string;
    practiseNext?: string;
    asDescribed?: boolean | null;
    note?: string;
    skillsGrew?: string | null;
  }): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO feedback (booking_id, author_role, author_id, punctuality, quality, skills_shown, went_well,
         practise_next, as_described, note, skills_grew)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (booking_id, author_role) DO NOTHING RETURNING id`,
      [
        f.bookingId,
        f.authorRole,
        f.authorId,
        f.punctuality ?? null,
        f.quality ?? null,
        f.skillsShown ?? '',
        f.wentWell ?? '',
        f.practiseNext ?? '',
        f.asDescribed ?? null,
        f.note ?? '',
        f.skillsGrew ?? null,
      ],
    );
    return rows.length > 0;
  }

  async insertHistoryLink(seekerId: string, tokenHash: string): Promise<void> {
    await this.manager.query(`INSERT INTO work_history_links (seeker_id, token_hash) VALUES ($1, $2)`, [
      seekerId,
      tokenHash,
    ]);
  }

  async revokeHistoryLinks(seekerId: string, at: Date): Promise<void> {
    await this.manager.query(
      `UPDATE work_history_links SET revoked_at = $2 WHERE seeker_id = $1 AND revoked_at IS NULL`,
      [seekerId, at],
    );
  }

  async historyLinkOwner(tokenHash: string): Promise<string | null> {
    const rows: { seeker_id: string }[] = await this.manager.query(
      `SELECT seeker_id FROM work_history_links WHERE token_hash = $1 AND revoked_at IS NULL`,
      [tokenHash],
    );
    return rows[0]?.seeker_id ?? null;
  }

  async activeHistoryLinks(seekerId: string): Promise<number> {
    const rows: { n: number }[] = await this.manager.query(
      `SELECT count(*)::int AS n FROM work_history_links WHERE seeker_id = $1 AND revoked_at IS NULL`,
      [seekerId],
    );
    return rows[0].n;
  }

  // Messages

  async insertMessage(gigId: string, senderId: string, body: string, at: Date): Promise<string> {
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO gig_messages (gig_id, sender_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [gigId, senderId, body, at],
    );
    return rows[0].id;
  }

  /** The seekers in a gig's thread: those who hold or held a place on it. */
  async threadSeekers(gigId: string): Promise<string[]> {
    const rows: { seeker_id: string }[] = await this.manager.query(
      `SELECT DISTINCT seeker_id FROM bookings WHERE gig_id = $1 AND status IN ('booked', 'completed', 'no_show')`,
      [gigId],
    );
    return rows.map((r) => r.seeker_id);
  }
}
