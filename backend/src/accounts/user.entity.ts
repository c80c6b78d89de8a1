import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Locale, Role } from './roles';

@Entity({ name: 'users' })
@Index('uq_users_email', ['email'], { unique: true })
@Check('ck_users_role', `role IN ('seeker', 'organisation', 'coordinator', 'admin')`)
@Check('ck_users_locale', `locale IN ('fi', 'sv', 'en')`)
@Check('ck_users_email_lower', `email = lower(email)`)
@Check('ck_users_status', `status IN ('pending', 'active')`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /**
   * Stored lower-cased and trimmed; the check constraint keeps it so. Null for a seeker a coordinator met in
   * person who has no address they read: they sign in with a one-time code (account_codes), and no mail goes
   * to them until they add and confirm an address.
   */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'text', default: 'fi' })
  locale: Locale;

  /** argon2id hash; null for people who only use magic links. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  /**
   * `pending` from the moment a sign-up link is followed until the person chooses their name, role and
   * password in that verified session: nothing is chosen before the address is proved.
   */
  @Column({ type: 'text', default: 'active' })
  status: 'pending' | 'active';

  /** A demo account (known password): it can never sign in when NODE_ENV is production. */
  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
