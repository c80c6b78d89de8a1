import { NotificationsErasure } from './notifications.erasure';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { CoordinationModule } from '../coordination/coordination.module';
import { GigsModule } from '../gigs/gigs.module';
import { QueueModule } from '../platform/queues/queue.module';
import { Delivery } from './delivery.entity';
import { NotificationPreference } from './notification-preference.entity';
import { NotificationController } from './notification.controller';
import { Notification } from './notification.entity';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';
import { NotificationsJobs } from './notifications.jobs';
import { RemindersService } from './reminders.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Notification, NotificationPreference, Delivery]),
    QueueModule.register('notifications'),
    AccountsModule,
    GigsModule,
    CoordinationModule,
  ],
  controllers: [NotificationController],
  providers: [
    NotificationsErasure,
    NotificationRepository,
    NotificationService,
    RemindersService,
    NotificationsJobs,
  ],
  exports: [NotificationsErasure, NotificationService],
})
export class NotificationsModule {}
