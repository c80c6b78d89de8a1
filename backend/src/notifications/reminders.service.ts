// Work tied to the clock of a gig: reminders 24 h and 2 h before it to each booked seeker, a nudge to the
// organisation when it ends, automatic confirmation 7 days later, and expiry at the start if nobody took it.
// Jobs have ids made of what they do (`remind-2h-<booking>`), and each handler checks the facts again when it
// runs, so a withdrawn booking or a cancelled gig is simply not reminded.
import { Inject, Injectable } from '@nestjs/common';
import { QUEUE_PORT, QueuePort } from '../platform/queues/queue.port';
import type { OutboxJob } from '../platform/queues/queues';
import type { DomainEvents } from '../platform/outbox/events';
import { GigService } from '../gigs/gig.service';
import { NotificationService } from './notification.service';
import { gigParams } from './notification.mails';

const HOUR = 3_600_000;
export const REMINDER_HOURS = [24, 2];
export const AUTO_CONFIRM_AFTER_MS = 7 * 24 * HOUR;

@Injectable()
export class RemindersService {
  constructor(
    private readonly gigs: GigService,
    private readonly notifications: NotificationService,
    @Inject(QUEUE_PORT) private readonly queues: QueuePort,
  ) {}

  /** Schedules (or unschedules) the clock work an event implies. */
  async onEvent(job: OutboxJob): Promise<void> {
    if (job.type === 'booking.made') {
      const p = job.payload as DomainEvents['booking.made'];
      const gig = await this.gigs.gigFacts(p.gigId);
      if (!gig) return;
      for (const hours of REMINDER_HOURS) {
        const at = gig.startsAt.getTime() - hours * HOUR;
        // Booked late: of the reminders whose moment has passed, only the last one is sent, at once.
        if (at < Date.now() && hours !== Math.min(...REMINDER_HOURS)) continue;
        await this.queues.add(
          'reminders',
          'remind',
          { bookingId: p.bookingId, hours },
          { jobId: `remind-${hours}h-${p.bookingId}`, delay: at - Date.now() },
        );
      }
    } else if (job.type === 'booking.withdrawn') {
      const p = job.payload as DomainEvents['booking.withdrawn'];
      for (const hours of REMINDER_HOURS)
        await this.queues.remove('reminders', `remind-${hours}h-${p.bookingId}`);
    } else if (job.type === 'gig.published') {
      const p = job.payload as DomainEvents['gig.published'];
      const gig = await this.gigs.gigFacts(p.gigId);
      if (!gig) return;
      const now = Date.now();
      await this.queues.add(
        'reminders',
        'expire',
        { gigId: gig.id },
        { jobId: `expire-${gig.id}`, delay: gig.startsAt.getTime() - now },
      );
      await this.queues.add(
        'reminders',
        'gig-ended',
        { gigId: gig.id },
        { jobId: `gig-ended-${gig.id}`, delay: gig.endsAt.getTime() - now },
      );
      await this.queues.add(
        'reminders',
        'auto-confirm',
        { gigId: gig.id },
        { jobId: `auto-confirm-${gig.id}`, delay: gig.endsAt.getTime() + AUTO_CONFIRM_AFTER_MS - now },
      );
    }
  }

  async remind(bookingId: string, hours: number): Promise<number> {
    const facts = await this.gigs.reminderFacts(bookingId);
    if (!facts) return 0;
    const { gig } = facts;
    return this.notifications.notify({
      kind: 'reminder',
      userIds: [facts.seekerId],
      params: { ...gigParams(gig), hours },
      link: `/gigs/${gig.id}`,
      dedupeKey: `remind-${hours}h-${bookingId}`,
    });
  }

  /** The gig has ended: ask the organisation to confirm what was done and paid. */
  async gigEnded(gigId: string): Promise<number> {
    const gig = await this.gigs.gigFacts(gigId);
    if (!gig || gig.status !== 'published') return 0;
    const members = await this.organisationMembers(gig.organisationId);
    return this.notifications.notify({
      kind: 'confirm_completion',
      userIds: members,
      params: gigParams(gig),
      link: `/org/${gig.organisationId}/gigs/${gig.id}`,
      dedupeKey: `gig-ended-${gigId}`,
    });
  }

  autoConfirm(gigId: string): Promise<boolean> {
    return this.gigs.autoConfirm(gigId);
  }

  async expire(gigId: string): Promise<number> {
    if (!(await this.gigs.expireIfUntaken(gigId))) return 0;
    const gig = (await this.gigs.gigFacts(gigId))!;
    return this.notifications.notify({
      kind: 'gig_expired',
      userIds: await this.organisationMembers(gig.organisationId),
      params: gigParams(gig),
      link: `/org/${gig.organisationId}/gigs`,
      dedupeKey: `expire-${gigId}`,
    });
  }

  private organisationMembers(organisationId: string): Promise<string[]> {
    return this.notifications.organisationMembers(organisationId);
  }
}
