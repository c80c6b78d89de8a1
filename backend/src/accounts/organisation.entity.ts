import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationKind } from './roles';

/** An association, a household or a small company that posts gigs. */
@Entity({ name: 'organisations' })
@Check('ck_organisations_kind', `kind IN ('association', 'household', 'company')`)
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

  /** Set when a coordinator has checked the organisation; null while it awaits verification. */
  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  /** Set while a coordinator has paused the organisation: its gigs are not offered and it cannot publish. */
  @Column({ type: 'timestamptz', nullable: true })
  pausedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
