// Turns events and scheduled moments into notices: in the app always, and by mail as each person chose.
// Every notice has a key (the event id, or e.g. `remind-2h-<booking>`): the in-app row and the mail delivery
// are unique per key and person, so a retried job adds and sends nothing twice.
import { BadRequestException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../platform/config/config';
import type { OutboxJob } from '../platform/queues/queues';
import type { DomainEvents } from '../platform/outbox/events';
import type { Role } from '../accounts/roles';
import { GigService } from '../gigs/gig.service';
import { effectivePreference, KIND_RULES, kindsFor, NotificationKind, Preference } from './kinds';
import { NotificationRepository, NoticeRow } from './notification.repository';
import { digestMail, gigParams, notificationMail } from './notification.mails';

export interface Notice {
  kind: NotificationKind;
  userIds: string[];
  params: Record<string, string | number>;
  /** A path of the web app. */
  link: string;
  dedupeKey: string;
}

type Payload<T extends keyof DomainEvents> = DomainEvents[T];

@Injectable()
export class NotificationService {
  private readonly logger = new Logger(NotificationService.name);

  constructor(
    private readonly repo: NotificationRepository,
    private readonly gigs: GigService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Delivers one notice to each person; returns how many mails went out now. */
  async notify(n: Notice): Promise<number> {
    let mailed = 0;
    for (const r of await this.repo.recipients(n.userIds)) {
      const pref = effectivePreference(n.kind, (await this.repo.storedPreferences(r.id)).get(n.kind));
      await this.repo.insertNotice(r.id, n.kind, n.params, n.link, n.dedupeKey, !pref.inApp);
      if (pref.mail !== 'each') continue;
      if (!(await this.repo.claim(n.dedupeKey, r.id, 'mail'))) continue;
      await this.repo.sendMail(
        notificationMail({
          kind: n.kind,
          to: r.email,
          locale: r.locale,
          params: n.params,
          url: `${this.config.publicUrl}${n.link}`,
          preferencesUrl: `${this.config.publicUrl}/notifications/settings`,
          messageId: `<${n.dedupeKey}.${r.id}@hanttihommat>`,
        }),
      );
      await this.repo.markSent(n.dedupeKey, r.id, 'mail');
      mailed++;
    }
    return mailed;
  }

  /** The notices an outbox event causes. */
  async handleEvent(job: OutboxJob): Promise<number> {
    const key = job.eventId;
    switch (job.type) {
      case 'organisation.registered': {
        const p = job.payload as Payload<'organisation.registered'>;
        const organisationName = await this.repo.organisationName(p.organisationId);
        if (!organisationName) return 0; // removed since: nothing to verify
        return this.notify({
          kind: 'organisation_awaiting',
          userIds: await this.repo.staff(),
          params: { organisationName },
          link: '/coordinator',
          dedupeKey: key,
        });
      }
      case 'gig.matched': {
        const p = job.payload as Payload<'gig.matched'>;
        const gig = await this.gigs.gigFacts(p.gigId);
        if (!gig || gig.status !== 'published') return 0;
        return this.notify({
          kind: 'match',
          userIds: p.seekerIds,
          params: gigParams(gig),
          link: `/gigs/${gig.id}`,
          dedupeKey: key,
        });
      }
      case 'booking.made':
      case 'booking.withdrawn': {
        const p = job.payload as Payload<'booking.made'>;
        const gig = await this.gigs.gigFacts(p.gigId);
        if (!gig) return 0;
        return this.notify({
          kind: job.type === 'booking.made' ? 'booking_made' : 'booking_withdrawn',
          userIds: await this.repo.organisationMembers(gig.organisationId),
          params: { ...gigParams(gig), seekerName: (await this.repo.userName(p.seekerId)) ?? '' },
          link: `/org/${gig.organisationId}/gigs/${gig.id}`,
          dedupeKey: key,
        });
      }
      case 'gig.cancelled': {
        const p = job.payload as Payload<'gig.cancelled'>;
        const gig = await this.gigs.gigFacts(p.gigId);
        if (!gig) return 0;
        return this.notify({
          kind: 'gig_cancelled',
          userIds: p.seekerIds,
          params: gigParams(gig),
          link: '/gigs',
          dedupeKey: key,
        });
      }
      case 'completion.confirmed': {
        const p = job.payload as Payload<'completion.confirmed'>;
        const gig = await this.gigs.gigFacts(p.gigId);
        if (!gig) return 0;
        return this.notify({
          kind: 'gig_completed',
          userIds: p.seekerIds,
          params: gigParams(gig),
          link: '/my-gigs',
          dedupeKey: key,
        });
      }
      case 'completion.disputed': {
        const p = job.payload as Payload<'completion.disputed'>;
        const gig = await this.gigs.gigFacts(p.gigId);
        if (!gig) return 0;
        return this.notify({
          kind: 'dispute',
          userIds: await this.repo.staff(),
          params: gigParams(gig),
          link: '/coordinator',
          dedupeKey: key,
        });
      }
      case 'booking.no_show': {
        const p = job.payload as Payload<'booking.no_show'>;
        const gig = await this.gigs.gigFacts(p.gigId);
        if (!gig) return 0;
        const seekerName = (await this.repo.userName(p.seekerId)) ?? '';
        return this.notify({
          kind: 'no_show',
          userIds: await this.repo.staff(),
          params: { ...gigParams(gig), seekerName },
          link: '/coordinator',
          dedupeKey: key,
        });
      }
      default:
        this.logger.warn(`no notices for event type ${job.type}`);
        return 0;
    }
  }

  /** A limit alert (from the limits queue): to the project's staff. */
  async limitCrossed(eventId: string, p: Payload<'limit.crossed'>): Promise<number> {
    const seekerName = (await this.repo.userName(p.seekerId)) ?? '';
    return this.notify({
      kind: 'limit_alert',
      userIds: await this.repo.staff(),
      params: { seekerName, limitName: p.limitName, amountCents: p.amountCents, capCents: p.capCents },
      link: '/coordinator',
      dedupeKey: eventId,
    });
  }

  /** A job that failed on its last try: the staff see it in the app (and by mail if they chose so). */
  async deliveryFailed(queue: string, jobName: string, jobId: string, reason: string): Promise<number> {
    return this.notify({
      kind: 'delivery_failed',
      userIds: await this.repo.staff(),
      params: { queue, jobName, reason: reason.slice(0, 200) },
      link: '/coordinator/jobs',
      dedupeKey: `failed-${queue}-${jobId}`,
    });
  }

  /** The daily digest of new matches for those who chose it; one mail a person a day. */
  async sendDigests(day: string): Promise<number> {
    let sent = 0;
    for (const userId of await this.repo.digestRecipients()) {
      const [r] = await this.repo.recipients([userId]);
      const items = await this.repo.undigestedMatches(userId);
      if (!r || !items.length) continue;
      const key = `digest-${day}`;
      if (await this.repo.claim(key, userId, 'mail')) {
        await this.repo.sendMail(
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

  organisationMembers(organisationId: string): Promise<string[]> {
    return this.repo.organisationMembers(organisationId);
  }

  // For the signed-in person

  async list(userId: string): Promise<{ unread: number; items: NoticeRow[] }> {
    return { unread: await this.repo.unreadCount(userId), items: await this.repo.list(userId, 100) };
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
}
