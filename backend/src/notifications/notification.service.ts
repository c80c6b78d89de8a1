// Turns events and scheduled moments into notices: in the app always, and by mail as each person chose.
// Every notice has a key (the event id, or e.g. `remind-2h-<booking>`): the in-app row and the mail delivery
// are unique per key and person, so a retried job adds and sends nothing twice.
import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DirectoryService } from '../accounts/directory.service';
import { GigService } from '../gigs/gig.service';
import { APP_CONFIG, AppConfig } from '../platform/config/config';
import type { Locale } from '../platform/i18n/locales';
import type { Role } from '../platform/auth/roles';
import { MAIL_PORT, MailPort } from '../platform/mail/mail.port';
import type { DomainEvents, EventOf } from '../platform/outbox/events';
import { effectivePreference, KIND_RULES, kindsFor, NotificationKind, Preference } from './kinds';
import { digestMail, notificationMail } from './notification.mails';
import { NotificationRepository } from './notification.repository';
import {
  Audience,
  NoticeEvent,
  NoticeRule,
  noticeRules,
  NoticeRules,
  PEOPLE_MAIL_EVERY_MS,
} from './notice-rules';
import { noticeText, Params } from './notice-texts';

export interface Notice {
  kind: NotificationKind;
  userIds: string[];
  params: Params;
  /** A path of the web app. */
  link: string;
  dedupeKey: string;
  /** The key of the mail, when it differs from the notice's (fewer mails than notices). */
  mailKey?: string;
  /** Mails with this key reach a person at most once per PEOPLE_MAIL_EVERY_MS (see NoticeRule.mailThrottle). */
  mailThrottle?: string;
}

export interface NoticeView {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  readAt: string | null;
}

@Injectable()
export class NotificationService {
  private readonly rules: NoticeRules;

  constructor(
    private readonly repo: NotificationRepository,
    private readonly directory: DirectoryService,
    gigs: GigService,
    @Inject(MAIL_PORT) private readonly mail: MailPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.rules = noticeRules({
      nameOf: async (id) => (await directory.name(id)) ?? '',
      gigIsOpen: (id) => gigs.isOpen(id),
    });
  }

  /** The notice an event causes, sent to its audience; returns how many mails went out now. */
  handleEvent(event: EventOf<NoticeEvent>): Promise<number> {
    return this.fromRule(event.type, event);
  }

  private async fromRule<E extends NoticeEvent>(type: E, event: EventOf<E>): Promise<number> {
    const entry: NoticeRule<E> | NoticeRule<E>[] = this.rules[type];
    const payload: DomainEvents[E] = event.payload;
    let mailed = 0;
    for (const [i, rule] of (Array.isArray(entry) ? entry : [entry]).entries()) {
      if (rule.holds && !(await rule.holds(payload))) continue;
      // Each rule of one event has a key of its own, so its notices and mails are told apart.
      const key = rule.key ? rule.key(event) : event.eventId;
      mailed += await this.notify({
        kind: rule.kind,
        userIds: await this.audience(rule.to(payload)),
        params: await rule.params(payload),
        link: rule.link(payload),
        dedupeKey: i === 0 ? key : `${key}:${i}`,
        mailKey: rule.mailKey?.(event),
        mailThrottle: rule.mailThrottle?.(payload),
      });
    }
    return mailed;
  }

  /** Delivers one notice to each person; returns how many mails went out now. */
  async notify(n: Notice): Promise<number> {
    let mailed = 0;
    for (const r of await this.directory.contacts(n.userIds)) {
      const pref = effectivePreference(n.kind, (await this.repo.storedPreferences(r.id)).get(n.kind));
      await this.repo.insertNotice(r.id, n.kind, n.params, n.link, n.dedupeKey, !pref.inApp);
      // People registered in person without an address are told in the app only.
      if (pref.mail !== 'each' || !r.email) continue;
      const mailKey = n.mailThrottle ? `${n.mailThrottle}:${n.dedupeKey}` : (n.mailKey ?? n.dedupeKey);
      if (!(await this.repo.claim(mailKey, r.id, 'mail'))) continue;
      if (
        n.mailThrottle &&
        (await this.repo.claimedEarlier(n.mailThrottle, mailKey, r.id, PEOPLE_MAIL_EVERY_MS))
      )
        continue;
      await this.mail.send(
        notificationMail({
          kind: n.kind,
          to: r.email,
          locale: r.locale,
          params: n.params,
          url: `${this.config.publicUrl}${n.link}`,
          preferencesUrl: `${this.config.publicUrl}/notifications/settings`,
          messageId: `<${mailKey}.${r.id}@hanttihommat>`,
        }),
      );
      await this.repo.markSent(mailKey, r.id, 'mail');
      mailed++;
    }
    return mailed;
  }

  /** Deletes notices (and their delivery records) older than RETAIN_NOTIFICATIONS_DAYS; returns how many. */
  pruneOld(): Promise<number> {
    return this.repo.pruneOlderThan(this.config.retainNotificationsDays);
  }

  /** The daily digest of new matches for those who chose it; one mail a person a day. */
  async sendDigests(day: string): Promise<number> {
    let sent = 0;
    for (const userId of await this.repo.digestRecipients()) {
      const [r] = await this.directory.contacts([userId]);
      const items = await this.repo.undigestedMatches(userId);
      if (!r || !r.email || !items.length) continue;
      const key = `digest-${day}`;
      if (await this.repo.claim(key, userId, 'mail')) {
        await this.mail.send(
          digestMail({
            to: r.email,
            locale: r.locale,
            items: items.map((i) => i.params),
            url: `${this.config.publicUrl}/notifications`,
            preferencesUrl: `${this.config.publicUrl}/notifications/settings`,
            messageId: `<${key}.${userId}@hanttihommat>`,
          }),
        );
        await this.repo.markSent(key, userId, 'mail');
        sent++;
      }
      await this.repo.markDigested(items.map((i) => i.id));
    }
    return sent;
  }

  // For the signed-in person

  async list(userId: string, locale: Locale): Promise<{ unread: number; items: NoticeView[] }> {
    const rows = await this.repo.list(userId, 100);
    return {
      unread: await this.repo.unreadCount(userId),
      items: rows.map(({ params, ...row }) => {
        const text = noticeText(row.kind, params ?? {}, locale);
        return { ...row, title: text.title, body: text.lines.join(' ') };
      }),
    };
  }

  unreadCount(userId: string): Promise<number> {
    return this.repo.unreadCount(userId);
  }

  async markRead(userId: string, id: string): Promise<void> {
    if (!(await this.repo.markRead(userId, id)))
      throw new NotFoundException({ code: 'not_found', message: 'No such notification.' });
  }

  markAllRead(userId: string): Promise<void> {
    return this.repo.markAllRead(userId);
  }

  async preferences(userId: string, role: Role): Promise<(Preference & { digestAvailable: boolean })[]> {
    const stored = await this.repo.storedPreferences(userId);
    return kindsFor(role).map((k) => ({
      ...effectivePreference(k, stored.get(k)),
      digestAvailable: KIND_RULES[k].digest,
    }));
  }

  async setPreferences(userId: string, role: Role, prefs: Preference[]) {
    const allowed = new Set(kindsFor(role));
    const errors = prefs
      .map((p, i) => {
        if (!allowed.has(p.kind))
          return {
            field: `preferences.${i}.kind`,
            code: 'invalid_choice',
            message: 'This kind of notice is not for you.',
          };
        if (p.mail === 'digest' && !KIND_RULES[p.kind].digest)
          return {
            field: `preferences.${i}.mail`,
            code: 'invalid_choice',
            message: 'A daily digest is only for new gigs.',
          };
        return null;
      })
      .filter((e) => e !== null);
    if (errors.length)
      throw new BadRequestException({ code: 'validation', message: 'Some fields need fixing.', errors });
    await this.repo.savePreferences(userId, prefs);
    return this.preferences(userId, role);
  }

  private async audience(a: Audience): Promise<string[]> {
    if (a === 'staff') return this.directory.staff();
    if ('membersOf' in a) return this.directory.organisationMembers(a.membersOf);
    return a.users;
  }
}
