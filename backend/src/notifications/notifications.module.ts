import { Module } from '@nestjs/common';
import { GigsModule } from '../gigs/gigs.module';
import { NotificationController } from './notification.controller';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';
import { RemindersService } from './reminders.service';

@Module({
  imports: [GigsModule],
  controllers: [NotificationController],
  providers: [NotificationRepository, NotificationService, RemindersService],
  exports: [NotificationService, RemindersService],
})
export class NotificationsModule {}
