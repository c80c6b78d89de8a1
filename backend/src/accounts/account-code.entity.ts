import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from './user.entity';

export const ACCOUNT_CODE_PURPOSES = ['sign_in', 'confirm_email'] as const;
export type AccountCodePurpose = (typeof ACCOUNT_CODE_PURPOSES)[number];

/**
 * A single-use secret tied to an existing account: a sign-in code a coordinator printed for a seeker met in
 * person, or the link that confirms an address the person added later. Only a keyed hash is stored.
 */
@Entity({ name: 'account_codes' })
@Index('uq_account_codes_code_hash', ['codeHash'], { unique: true })
@Index('ix_account_codes_user', ['userId', 'purpose'])
@Check('ck_account_codes_purpose', `purpose IN ('sign_in', 'confirm_email')`)
@Check('ck_account_codes_email', `(purpose = 'confirm_email') = (email IS NOT NULL)`)
export class AccountCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'text' })
  purpose: AccountCodePurpose;

  @Column({ type: 'text' })
  codeHash: string;

  /** The address being confirmed (confirm_email only). */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** The coordinator who printed a sign-in code; null for the person's own request. */
  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
