// Read model: cards with their seekers' first names (the accounts feature's users) and the invitations with
// the gigs they are for (the gigs feature's gigs and the accounts feature's organisations). It only reads.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Weekday } from './card.entity';

export interface CardRow {
  id: string;
  name: string;
  text: string;
  categories: string[];
  postalCodes: string[];
  district: string;
  weekdays: Weekday[];
  times: string;
  publishedAt: Date;
  /** The published instant in microseconds since 1970 (exact): the keyset's first half. */
  cursorAt: string;
  invitedGigIds: string[];
}

export interface CardFilter {
  /** A postal code or its beginning; a card without postal codes (anywhere) matches every area. */
  area?: string;
  category?: string;
  /** The last card of the previous page: its published instant (microseconds since 1970) and id. */
  after?: { at: string; id: string };
  limit: number;
}

export interface InvitationRow {
  gigId: string;
  gigTitle: string;
  organisationName: string;
  startsAt: Date;
  invitedAt: Date;
}

@Injectable()
export class CardQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Visible cards, newest published first, with the gigs of `organisationId` each seeker is invited to. */
  visible(organisationId: string, f: CardFilter): Promise<CardRow[]> {
    return this.db.query(
      `SELECT c.id, u.name, c.text, c.categories, c.postal_codes AS "postalCodes", c.district, c.weekdays,
         c.times, c.published_at AS "publishedAt", (extract(epoch FROM c.published_at) * 1000000)::bigint::text AS "cursorAt",
         ARRAY(SELECT i.gig_id FROM card_invitations i
               WHERE i.seeker_id = c.seeker_id AND i.organisation_id = $1 ORDER BY i.created_at) AS "invitedGigIds"
       FROM help_cards c JOIN users u ON u.id = c.seeker_id
       WHERE c.visible AND u.role = 'seeker'
         AND ($2::text IS NULL OR c.postal_codes = '{}'
              OR EXISTS (SELECT 1 FROM unnest(c.postal_codes) p WHERE starts_with(p, $2::text)))
         AND ($3::text IS NULL OR $3::text = ANY (c.categories))
         AND ($4::bigint IS NULL
              OR (c.published_at, c.id) < (timestamptz 'epoch' + $4::bigint * interval '1 microsecond', $5::uuid))
       ORDER BY c.published_at DESC, c.id DESC
       LIMIT $6`,
      [organisationId, f.area ?? null, f.category ?? null, f.after?.at ?? null, f.after?.id ?? null, f.limit],
    );
  }

  /** A visible card's seeker, or null when there is no such visible card. */
  async visibleSeeker(cardId: string): Promise<string | null> {
    const rows: { seekerId: string }[] = await this.db.query(
      `SELECT c.seeker_id AS "seekerId" FROM help_cards c JOIN users u ON u.id = c.seeker_id
       WHERE c.id = $1 AND c.visible AND u.role = 'seeker'`,
      [cardId],
    );
    return rows[0]?.seekerId ?? null;
  }

  /** The gigs the seeker has been invited to that are still ahead, soonest first. */
  invitations(seekerId: string, now: Date): Promise<InvitationRow[]> {
    return this.db.query(
      `SELECT g.id AS "gigId", g.title AS "gigTitle", o.name AS "organisationName", g.starts_at AS "startsAt",
         i.created_at AS "invitedAt"
       FROM card_invitations i JOIN gigs g ON g.id = i.gig_id JOIN organisations o ON o.id = g.organisation_id
       WHERE i.seeker_id = $1 AND g.status IN ('published', 'full') AND g.starts_at > $2
       ORDER BY g.starts_at, g.id LIMIT 50`,
      [seekerId, now],
    );
  }
}
