import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The managed list of kinds of work. Gigs and seekers' wishes refer to a code; the names are shown in the
 * reader's language. A retired kind stays for old gigs but is no longer offered.
 */
@Entity({ name: 'gig_categories' })
@Check('ck_gig_categories_code', `code ~ '^[a-z][a-z0-9_]{1,30}$'`)
export class GigCategoryRow {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  nameFi: string;

  @Column({ type: 'text' })
  nameSv: string;

  @Column({ type: 'text' })
  nameEn: string;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
