import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One sign-in, welcome or "no account here" mail sent to an address, kept to cap how many one address gets
 * in a window. Only a keyed hash of the address is stored, so addresses without an account are not kept.
 */
@Entity({ name: 'auth_mails' })
@Index('ix_auth_mails_address_created_at', ['addressHash', 'createdAt'])
export class AuthMail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  addressHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
