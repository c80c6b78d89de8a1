// Turns domain events into notices to people. Each delivery is claimed before it is sent and marked after,
// so a retried job skips what an earlier try already delivered.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../platform/config/config';
import type { OutboxJob } from '../platform/queues/queues';
import { NotificationRepository } from './notification.repository';
import { organisationAwaitingMail } from './notification.mails';

@Injectable()
export class NotificationService {
  private readonly logger = new Logger(NotificationService.name);

  constructor(
    private readonly repo: NotificationRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handleEvent(job: OutboxJob): Promise<number> {
    switch (job.type) {
      case 'organisation.registered':
        return this.organisationRegistered(job.eventId, String(job.payload.organisationId));
      default:
        this.logger.warn(`no notifications for event type ${job.type}`);
        return 0;
    }
  }

  private async organisationRegistered(eventId: string, organisationId: string): Promise<number> {
    const organisation = await this.repo.organisationName(organisationId);
    if (!organisation) return 0; // removed since: nothing to verify
    let sent = 0;
    for (const c of await this.repo.coordinators()) {
      if (!(await this.repo.claim(eventId, c.id, 'mail'))) continue;
      await this.repo.sendMail(
        organisationAwaitingMail({
          to: c.email,
          locale: c.locale,
          organisation,
          url: `${this.config.publicUrl}/coordinator`,
          messageId: `<${eventId}.${c.id}@hanttihommat>`,
        }),
      );
      await this.repo.markSent(eventId, c.id, 'mail');
      sent++;
    }
    return sent;
  }
}
