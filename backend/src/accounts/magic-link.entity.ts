import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const MAGIC_LINK_PURPOSES = ['sign_in', 'sign_up', 'invite'] as const;
export type MagicLinkPurpose = (typeof MAGIC_LINK_PURPOSES)[number];

/**
 * What a link creates when it is used: a sign-up link only the language (everything else is chosen after the
 * address is proved), an invitation the coordinator an admin named or the organisation an owner invites to.
 */
export interface MagicLinkPayload {
  name?: string;
  /** An owner's invitation to join this organisation (purpose `invite`). */
  organisationId?: string;
  invitedBy?: string;
  role?: 'coordinator';
  locale?: 'fi' | 'sv' | 'en';
}

/** A single-use, short-lived sign-in link. Only a keyed hash of its token is stored. */
@Entity({ name: 'magic_links' })
@Index('uq_magic_links_token_hash', ['tokenHash'], { unique: true })
@Index('ix_magic_links_email_created_at', ['email', 'createdAt'])
@Check('ck_magic_links_purpose', `purpose IN ('sign_in', 'sign_up', 'invite')`)
export class MagicLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  purpose: MagicLinkPurpose;

  @Column({ type: 'jsonb' })
  payload: MagicLinkPayload;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
