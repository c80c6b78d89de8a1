// The audit log: who did what to whom, with how it was before and after. Any feature records an entry through
// this port, inside its own transaction (pass the transaction's manager), so the change and its record stand
// or fall together. Coordinators read it in the console.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
}

@Injectable()
export class AuditLog {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(manager: EntityManager | null, e: AuditEntry): Promise<void> {
    await (manager ?? this.db.manager).query(
      `INSERT INTO audit_events (actor_id, action, subject_type, subject_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        e.actorId,
        e.action,
        e.subjectType,
        e.subjectId,
        JSON.stringify(e.before ?? null),
        JSON.stringify(e.after ?? null),
      ],
    );
  }
}
