// All I/O of notifications' own tables: preferences, in-app notices and deliveries.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MailMode, NotificationKind } from './kinds';

export interface NoticeRow {
  id: string;
  kind: NotificationKind;
  params: Record<string, string | number>;
  link: string;
  createdAt: string;
  readAt: string | null;
}

const iso = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async storedPreferences(userId: string): Promise<Map<string, { inApp: boolean; mail: MailMode }>> {
    const rows: { kind: string; in_app: boolean; mail: MailMode }[] = await this.db.query(
      'SELECT kind, in_app, mail FROM notification_preferences WHERE user_id = $1',
      [userId],
    );
    return new Map(rows.map((r) => [r.kind, { inApp: r.in_app, mail: r.mail }]));
  }

  async savePreferences(
    userId: string,
    prefs: { kind: string; inApp: boolean; mail: MailMode }[],
  ): Promise<void> {
    await this.db.transaction(async (m) => {
      for (const p of prefs) {
        await m.query(
          `INSERT INTO notification_preferences (user_id, kind, in_app, mail) VALUES ($1, $2, $3, $4)
           ON CONFLICT (user_id, kind) DO UPDATE SET in_app = EXCLUDED.in_app, mail = EXCLUDED.mail`,
          [userId, p.kind, p.inApp, p.mail],
        );
      }
    });
  }

  /** Adds the in-app notice once per (person, key); a notice the person turned off arrives already read. */
  async insertNotice(
    userId: string,
    kind: NotificationKind,
    params: object,
    link: string,
    dedupeKey: string,
    read: boolean,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO notifications (user_id, kind, params, link, dedupe_key, read_at)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $6 THEN now() END) ON CONFLICT (user_id, dedupe_key) DO NOTHING`,
      [userId, kind, JSON.stringify(params), link, dedupeKey, read],
    );
  }

  list(userId: string, limit: number): Promise<NoticeRow[]> {
    return this.db.query(
      `SELECT id, kind, params, link, ${iso('created_at')} AS "createdAt", ${iso('read_at')} AS "readAt"
       FROM notifications WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT $2`,
      [userId, limit],
    );
  }

  async unreadCount(userId: string): Promise<number> {
    const rows: { n: number }[] = await this.db.query(
      'SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL',
      [userId],
    );
    return rows[0].n;
  }

  async markRead(userId: string, id: string): Promise<boolean> {
    const [, n] = (await this.db.query(
      'UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2',
      [id, userId],
    )) as [unknown, number];
    return n > 0;
  }

  async markAllRead(userId: string): Promise<void> {
    await this.db.query('UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL', [
      userId,
    ]);
  }

  /** Claims a mail; false when an earlier try already sent it. */
  async claim(dedupeKey: string, userId: string, channel: 'mail' | 'in_app'): Promise<boolean> {
    await this.db.query(
      `INSERT INTO deliveries (dedupe_key, user_id, channel) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [dedupeKey, userId, channel],
    );
    const rows: { status: string }[] = await this.db.query(
      'SELECT status FROM deliveries WHERE dedupe_key = $1 AND user_id = $2 AND channel = $3',
      [dedupeKey, userId, channel],
    );
    return rows[0]?.status !== 'sent';
  }

  /**
   * Whether another mail of the throttle key `group` was claimed for the person within `ms` before this one.
   * Decided by the claims' order, so of mails handled at the same moment exactly the first goes, and a retry
   * decides as the first try did.
   */
  async claimedEarlier(group: string, dedupeKey: string, userId: string, ms: number): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM deliveries me JOIN deliveries d ON d.user_id = me.user_id AND d.channel = me.channel
       WHERE me.dedupe_key = $2 AND me.user_id = $3 AND me.channel = 'mail'
         AND d.dedupe_key LIKE $1 || ':%' AND d.dedupe_key <> me.dedupe_key
         AND d.created_at > me.created_at - make_interval(secs => $4 / 1000.0)
         AND (d.created_at, d.id) < (me.created_at, me.id)
       LIMIT 1`,
      [group, dedupeKey, userId, ms],
    );
    return rows.length > 0;
  }

  async pruneOlderThan(days: number): Promise<number> {
    const [, notices] = (await this.db.query(
      `DELETE FROM notifications WHERE created_at < now() - make_interval(days => $1)`,
      [days],
    )) as [unknown, number];
    const [, deliveries] = (await this.db.query(
      `DELETE FROM deliveries WHERE created_at < now() - make_interval(days => $1)`,
      [days],
    )) as [unknown, number];
    return notices + deliveries;
  }

  async markSent(dedupeKey: string, userId: string, channel: 'mail' | 'in_app'): Promise<void> {
    await this.db.query(
      `UPDATE deliveries SET status = 'sent', sent_at = now() WHERE dedupe_key = $1 AND user_id = $2 AND channel = $3`,
      [dedupeKey, userId, channel],
    );
  }

  /** People whose matches go out in a daily digest and who have matches not yet digested. */
  async digestRecipients(): Promise<string[]> {
    const rows: { user_id: string }[] = await this.db.query(
      `SELECT DISTINCT n.user_id FROM notifications n
       JOIN notification_preferences p ON p.user_id = n.user_id AND p.kind = 'match' AND p.mail = 'digest'
       WHERE n.kind = 'match' AND n.digested_at IS NULL AND n.created_at > now() - interval '2 days'`,
    );
    return rows.map((r) => r.user_id);
  }

  undigestedMatches(userId: string): Promise<{ id: string; params: Record<string, string | number> }[]> {
    return this.db.query(
      `SELECT id, params FROM notifications WHERE user_id = $1 AND kind = 'match' AND digested_at IS NULL
       AND created_at > now() - interval '2 days' ORDER BY created_at LIMIT 50`,
      [userId],
    );
  }

  async markDigested(ids: string[]): Promise<void> {
    await this.db.query('UPDATE notifications SET digested_at = now() WHERE id = ANY($1::uuid[])', [ids]);
  }
}
