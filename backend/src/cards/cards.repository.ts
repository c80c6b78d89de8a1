// All writes of the cards feature: the seekers' cards and the invitations, and the events it emits.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainEvents } from '../platform/outbox/events';
import { OutboxService } from '../platform/outbox/outbox.service';
import type { Weekday } from './card.entity';
import './cards.events';

export interface CardFields {
  text: string;
  categories: string[];
  postalCodes: string[];
  district: string;
  weekdays: Weekday[];
  times: string;
}

export interface OwnCardRow extends CardFields {
  id: string;
  visible: boolean;
  publishedAt: Date | null;
}

@Injectable()
export class CardsRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly manager: EntityManager = db.manager,
  ) {}

  transaction<T>(fn: (tx: CardsRepository) => Promise<T>): Promise<T> {
    return this.db.transaction((m) => fn(new CardsRepository(this.db, this.outbox, m)));
  }

  emit<E extends keyof DomainEvents>(type: E, payload: DomainEvents[E]): Promise<string> {
    return this.outbox.emit(this.manager, type, payload);
  }

  async card(seekerId: string): Promise<OwnCardRow | null> {
    const rows: OwnCardRow[] = await this.manager.query(
      `SELECT id, text, categories, postal_codes AS "postalCodes", district, weekdays, times, visible,
         published_at AS "publishedAt"
       FROM help_cards WHERE seeker_id = $1`,
      [seekerId],
    );
    return rows[0] ?? null;
  }

  /**
   * Saves the seeker's card. Making it visible stamps the publishing instant (organisations see the newest
   * first); a card that stays visible keeps its place.
   */
  async save(seekerId: string, f: CardFields, visible: boolean, now: Date): Promise<void> {
    await this.manager.query(
      `INSERT INTO help_cards (seeker_id, text, categories, postal_codes, district, weekdays, times, visible,
         published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $8 THEN $9::timestamptz END)
       ON CONFLICT (seeker_id) DO UPDATE SET text = EXCLUDED.text, categories = EXCLUDED.categories,
         postal_codes = EXCLUDED.postal_codes, district = EXCLUDED.district, weekdays = EXCLUDED.weekdays,
         times = EXCLUDED.times, visible = EXCLUDED.visible,
         published_at = CASE WHEN NOT EXCLUDED.visible THEN help_cards.published_at
                             WHEN help_cards.visible THEN help_cards.published_at ELSE $9::timestamptz END,
         updated_at = now()`,
      [seekerId, f.text, f.categories, f.postalCodes, f.district, f.weekdays, f.times, visible, now],
    );
  }

  /** Shows or hides a saved card; false when the seeker has none. */
  async setVisible(seekerId: string, visible: boolean, now: Date): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      // As a query of its own: TypeORM answers an UPDATE with [rows, count], a SELECT with the rows.
      `WITH changed AS (
         UPDATE help_cards SET visible = $2, updated_at = now(),
           published_at = CASE WHEN $2 AND NOT visible THEN $3::timestamptz ELSE published_at END
         WHERE seeker_id = $1 RETURNING id)
       SELECT id FROM changed`,
      [seekerId, visible, now],
    );
    return rows.length > 0;
  }

  /** Records the invitation; null when this seeker was invited to this gig already. */
  async insertInvitation(i: {
    gigId: string;
    seekerId: string;
    organisationId: string;
    invitedBy: string;
  }): Promise<string | null> {
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO card_invitations (gig_id, seeker_id, organisation_id, invited_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (gig_id, seeker_id) DO NOTHING RETURNING id`,
      [i.gigId, i.seekerId, i.organisationId, i.invitedBy],
    );
    return rows[0]?.id ?? null;
  }
}
