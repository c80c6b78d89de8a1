import { Module } from '@nestjs/common';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';

@Module({ providers: [NotificationRepository, NotificationService], exports: [NotificationService] })
export class NotificationsModule {}
