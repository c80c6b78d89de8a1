// Read model of the people on a gig and what became of their work: names come from the accounts feature's
// users and organisations, so it lives here, declared, and only reads.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  CompletionDto,
  DisputeDto,
  GigMessageDto,
  GigPersonDto,
  ReferenceDto,
} from './dto/after-gig.dto';

const iso = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

const COMPLETION_COLUMNS = `c.status, c.minutes, c.amount_cents AS "amountCents", to_char(c.work_date, 'YYYY-MM-DD') AS "workDate",
  to_char(c.payment_date, 'YYYY-MM-DD') AS "paymentDate", ${iso('c.reported_at')} AS "reportedAt",
  c.dispute_reason AS "disputeReason", c.automatic`;

@Injectable()
export class AfterGigQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Everyone who took, applied for or waits for a place on the gig, oldest first, with their completion and
   * whether the organisation has given them feedback. A withdrawal's reason (health) is the seeker's own:
   * it is not shown.
   */
  people(gigId: string): Promise<GigPersonDto[]> {
    return this.db.query(
      `SELECT b.id AS "bookingId", u.name AS "seekerName", b.status, ${iso('b.created_at')} AS "createdAt",
              ${iso('b.attendance_confirmed_at')} AS "attendanceConfirmedAt",
              CASE WHEN c.booking_id IS NULL THEN NULL ELSE json_build_object(
                'status', c.status, 'minutes', c.minutes, 'amountCents', c.amount_cents,
                'workDate', to_char(c.work_date, 'YYYY-MM-DD'), 'paymentDate', to_char(c.payment_date, 'YYYY-MM-DD'),
                'reportedAt', ${iso('c.reported_at')}, 'disputeReason', c.dispute_reason, 'automatic', c.automatic)
              END AS completion,
              EXISTS (SELECT 1 FROM feedback f WHERE f.booking_id = b.id AND f.author_role = 'organisation') AS "feedbackGiven"
       FROM bookings b JOIN users u ON u.id = b.seeker_id LEFT JOIN completions c ON c.booking_id = b.id
       WHERE b.gig_id = $1 ORDER BY b.seq`,
      [gigId],
    );
  }

  /** Disputed completions waiting for a coordinator, oldest first. */
  disputes(): Promise<DisputeDto[]> {
    return this.db.query(
      `SELECT c.booking_id AS "bookingId", ${COMPLETION_COLUMNS}, g.id AS "gigId", g.title AS "gigTitle",
              o.id AS "organisationId", o.name AS "organisationName", u.name AS "seekerName",
              ${iso('g.starts_at')} AS "startsAt"
       FROM completions c JOIN gigs g ON g.id = c.gig_id JOIN organisations o ON o.id = g.organisation_id
       JOIN users u ON u.id = c.seeker_id
       WHERE c.status = 'disputed' ORDER BY c.responded_at, c.booking_id LIMIT 500`,
    );
  }

  /** The seeker's own completion on the gig, if the organisation has reported it. */
  async myCompletion(
    gigId: string,
    seekerId: string,
  ): Promise<
    (CompletionDto & { bookingId: string; feedbackGiven: boolean; reference: ReferenceDto | null }) | null
  > {
    const rows = await this.db.query(
      `SELECT c.booking_id AS "bookingId", ${COMPLETION_COLUMNS},
              EXISTS (SELECT 1 FROM feedback f WHERE f.booking_id = c.booking_id AND f.author_role = 'seeker') AS "feedbackGiven",
              (SELECT json_build_object('punctuality', f.punctuality, 'quality', f.quality, 'skillsShown', f.skills_shown,
                 'wentWell', f.went_well, 'practiseNext', f.practise_next)
               FROM feedback f WHERE f.booking_id = c.booking_id AND f.author_role = 'organisation') AS reference
       FROM completions c WHERE c.gig_id = $1 AND c.seeker_id = $2`,
      [gigId, seekerId],
    );
    return rows[0] ?? null;
  }

  /** Work confirmed done, newest first, with the organisation's feedback as the reference. */
  workHistory(seekerId: string, forSharing = false): Promise<ReferenceDto[]> {
    return this.db.query(
      `SELECT g.title, g.category, o.name AS "organisationName", to_char(c.work_date, 'YYYY-MM-DD') AS "workDate",
              c.minutes, f.punctuality, f.quality, coalesce(f.skills_shown, '') AS "skillsShown",
              coalesce(f.went_well, '') AS "wentWell",
              ${forSharing ? `''` : `coalesce(f.practise_next, '')`} AS "practiseNext"
       FROM completions c JOIN gigs g ON g.id = c.gig_id JOIN organisations o ON o.id = g.organisation_id
       LEFT JOIN feedback f ON f.booking_id = c.booking_id AND f.author_role = 'organisation'
       WHERE c.seeker_id = $1 AND c.status = 'confirmed'
       ORDER BY c.work_date DESC, g.id LIMIT 200`,
      [seekerId],
    );
  }

  /** The first name a shared work history shows, and nothing else about the person. */
  async firstName(seekerId: string): Promise<string> {
    const rows: { name: string }[] = await this.db.query('SELECT name FROM users WHERE id = $1', [seekerId]);
    return (rows[0]?.name ?? '').trim().split(/\s+/)[0] ?? '';
  }

  messages(gigId: string): Promise<GigMessageDto[]> {
    return this.db.query(
      `SELECT m.id, m.body, coalesce(u.name, '') AS "senderName", ${iso('m.created_at')} AS "createdAt",
              EXISTS (SELECT 1 FROM organisation_members om JOIN gigs g ON g.organisation_id = om.organisation_id
                      WHERE g.id = m.gig_id AND om.user_id = m.sender_id) AS "fromOrganisation",
              m.sender_id AS "senderId"
       FROM gig_messages m LEFT JOIN users u ON u.id = m.sender_id
       WHERE m.gig_id = $1 ORDER BY m.seq LIMIT 500`,
      [gigId],
    );
  }
}
