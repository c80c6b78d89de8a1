import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { GigDto } from './dto/gig.dto';

const SELECT = `SELECT g.id, g.title, g.description, g.category, g.area,
  to_char(g.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "startsAt",
  to_char(g.ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "endsAt",
  g.pay_cents AS "payCents", g.places, g.status, g.organisation_id AS "organisationId", o.name AS "organisationName"
  FROM gigs g JOIN organisations o ON o.id = g.organisation_id`;

@Injectable()
export class GigRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Published gigs that have not started yet, soonest first. */
  listUpcomingPublished(limit: number): Promise<GigDto[]> {
    return this.db.query(`${SELECT} WHERE g.status = 'published' AND g.starts_at > now() ORDER BY g.starts_at, g.id LIMIT $1`, [limit]);
  }

  listByOrganisation(organisationId: string, limit: number): Promise<GigDto[]> {
    return this.db.query(`${SELECT} WHERE g.organisation_id = $1 ORDER BY g.starts_at DESC, g.id LIMIT $2`, [organisationId, limit]);
  }
}
