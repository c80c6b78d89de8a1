// Reminders 24 h and 2 h before a gig to each booked seeker. The jobs have ids made of what they do
// (`remind-2h-<booking>`), and each checks with the gigs feature that the booking still stands when it runs,
// so a withdrawn booking or a cancelled gig is simply not reminded.
import { Inject, Injectable } from '@nestjs/common';
import { WorkAbilityService } from '../coordination/work-ability.service';
import { GigService } from '../gigs/gig.service';
import type { GigFacts } from '../gigs/gigs.events';
import { CLOCK, Clock } from '../platform/clock/clock';
import { QUEUE_PORT, QueuePort } from '../platform/queues/queue.port';
import { NotificationService } from './notification.service';
import { gigParams } from './notice-rules';

const HOUR = 3_600_000;
export const REMINDER_HOURS = [24, 2];

export interface Reminder {
  bookingId: string;
  seekerId: string;
  gig: GigFacts;
  hours: number;
}

@Injectable()
export class RemindersService {
  constructor(
    private readonly gigs: GigService,
    private readonly notifications: NotificationService,
    private readonly workAbility: WorkAbilityService,
    @Inject(QUEUE_PORT) private readonly queues: QueuePort,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Schedules the reminders of a new booking. Booked late: of the passed moments, only the last, at once. */
  async schedule(bookingId: string, seekerId: string, gig: GigFacts): Promise<void> {
    const now = this.clock.now().getTime();
    for (const hours of REMINDER_HOURS) {
      const at = Date.parse(gig.startsAt) - hours * HOUR;
      if (at < now && hours !== Math.min(...REMINDER_HOURS)) continue;
      await this.queues.add(
        'notifications',
        'remind',
        { bookingId, seekerId, gig, hours },
        { jobId: `remind-${hours}h-${bookingId}`, delay: at - now },
      );
    }
  }

  async unschedule(bookingId: string): Promise<void> {
    for (const hours of REMINDER_HOURS)
      await this.queues.remove('notifications', `remind-${hours}h-${bookingId}`);
  }

  async remind(r: Reminder): Promise<number> {
    if (!(await this.gigs.bookingStands(r.bookingId))) return 0;
    return this.notifications.notify({
      kind: 'reminder',
      userIds: [r.seekerId],
      params: { ...gigParams(r.gig), hours: r.hours },
      link: `/gigs/${r.gig.id}`,
      dedupeKey: `remind-${r.hours}h-${r.bookingId}`,
    });
  }

  /**
   * Tells each seeker whose work-ability self-assessment is due: once at the start, then once for each time it
   * falls due (the notice key names the seeker and the day it fell due, so a daily run tells them once).
   */
  async remindWorkAbility(): Promise<number> {
    let told = 0;
    for (const d of await this.workAbility.due()) {
      await this.notifications.notify({
        kind: 'work_ability_due',
        userIds: [d.seekerId],
        params: {},
        link: '/work-ability',
        dedupeKey: d.first ? `work-ability-first-${d.seekerId}` : `work-ability-${d.seekerId}-${d.dueDay}`,
      });
      told++;
    }
    return told;
  }
}
