import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MAIL_PORT, MailPort, OutgoingMail } from '../platform/mail/mail.port';
import type { Locale } from '../accounts/roles';

export interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

@Injectable()
export class NotificationRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(MAIL_PORT) private readonly mail: MailPort,
  ) {}

  coordinators(): Promise<Recipient[]> {
    return this.db.query(`SELECT id, email, name, locale FROM users WHERE role = 'coordinator' ORDER BY created_at`);
  }

  organisationName(id: string): Promise<string | null> {
    return this.db.query('SELECT name FROM organisations WHERE id = $1', [id]).then((r: { name: string }[]) => r[0]?.name ?? null);
  }

  /** Claims the delivery; false when an earlier try already sent it. */
  async claim(eventId: string, userId: string, channel: 'mail' | 'in_app'): Promise<boolean> {
    await this.db.query(
      `INSERT INTO deliveries (event_id, user_id, channel) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [eventId, userId, channel],
    );
    const rows: { status: string }[] = await this.db.query(
      'SELECT status FROM deliveries WHERE event_id = $1 AND user_id = $2 AND channel = $3',
      [eventId, userId, channel],
    );
    return rows[0]?.status !== 'sent';
  }

  async markSent(eventId: string, userId: string, channel: 'mail' | 'in_app'): Promise<void> {
    await this.db.query(
      `UPDATE deliveries SET status = 'sent', sent_at = now() WHERE event_id = $1 AND user_id = $2 AND channel = $3`,
      [eventId, userId, channel],
    );
  }

  sendMail(mail: OutgoingMail): Promise<void> {
    return this.mail.send(mail);
  }
}
