// Read model of the coordinators' console: figures across the accounts and gigs features' tables. It only
// reads; every change a coordinator makes goes through the owning feature's service.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrganisationSummaryDto, OverviewDto } from './dto';

@Injectable()
export class CoordinationQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async overview(now: Date): Promise<OverviewDto> {
    const [row] = await this.db.query(
      `SELECT
        (SELECT count(*) FROM users WHERE role = 'seeker')::int AS seekers,
        (SELECT count(*) FROM organisations)::int AS organisations,
        (SELECT count(*) FROM organisations WHERE verified_at IS NULL)::int AS "organisationsAwaitingVerification",
        (SELECT count(*) FROM gigs WHERE status = 'published' AND starts_at > $1)::int AS "upcomingGigs"`,
      [now],
    );
    return row;
  }

  organisations(): Promise<OrganisationSummaryDto[]> {
    return this.db.query(`SELECT o.id, o.name, o.kind, o.verified_at IS NOT NULL AS verified,
        (SELECT count(*) FROM organisation_members m WHERE m.organisation_id = o.id)::int AS members,
        to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"
      FROM organisations o ORDER BY o.verified_at IS NOT NULL, o.name, o.id LIMIT 500`);
  }
}
