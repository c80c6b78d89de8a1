import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what, and how it was before and after: rules, limits, roles, verifications, pauses, exports, erasures. */
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_subject', ['subjectType', 'subjectId', 'at'])
@Index('ix_audit_events_actor', ['actorId', 'at'])
@Index('ix_audit_events_at', ['at'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  subjectType: string;

  @Column({ type: 'text' })
  subjectId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
