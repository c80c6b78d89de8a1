import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';

/**
 * How one person wants one kind of notice: in the app or not, and by mail each time, in a daily digest
 * (matches only) or not at all. No row means the kind's default.
 */
@Entity({ name: 'notification_preferences' })
@Check('ck_notification_preferences_mail', `mail IN ('each', 'digest', 'off')`)
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  kind: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'boolean', default: true })
  inApp: boolean;

  @Column({ type: 'text', default: 'each' })
  mail: 'each' | 'digest' | 'off';
}
