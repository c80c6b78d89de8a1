import { MigrationInterface, QueryRunner } from "typeorm";

export class EarningsModesTotals1795599661047 implements MigrationInterface {
    name = 'EarningsModesTotals1795599661047'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "ledger_totals" ("seeker_id" uuid NOT NULL, "rule_key" text NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "total_cents" bigint NOT NULL, CONSTRAINT "PK_f6837a07490ff1dcc7567c2ade8" PRIMARY KEY ("seeker_id", "rule_key", "period_start"))`);
        await queryRunner.query(`CREATE INDEX "ix_ledger_totals_current" ON "ledger_totals" ("period_end") `);
        await queryRunner.query(`ALTER TABLE "seeker_limits" ADD "mode" text NOT NULL DEFAULT 'warn'`);
        await queryRunner.query(`ALTER TABLE "seeker_limits" ADD CONSTRAINT "ck_seeker_limits_mode" CHECK (mode IN ('show', 'warn', 'never'))`);
        await queryRunner.query(`ALTER TABLE "ledger_totals" ADD CONSTRAINT "FK_7e3ce50278758923e7d6eddd58c" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // The running totals of the ledger so far, per seeker, limit (chosen, else the two defaults) and period.
        await queryRunner.query(`INSERT INTO ledger_totals (seeker_id, rule_key, period_start, period_end, total_cents)
            SELECT l.seeker_id, l.rule_key, s.start,
              CASE r.period WHEN 'month' THEN (s.start + interval '1 month')::date
                WHEN 'year' THEN (s.start + interval '1 year')::date ELSE s.start + 28 END,
              sum(e.amount_cents)
            FROM (SELECT seeker_id, rule_key, anchor FROM seeker_limits
                  UNION ALL
                  SELECT u.id, k, NULL FROM users u CROSS JOIN unnest(ARRAY['unemployment_month', 'programme_cap']) k
                  WHERE u.role = 'seeker' AND NOT EXISTS (SELECT 1 FROM seeker_limit_choices c WHERE c.seeker_id = u.id)) l
            JOIN limit_rules r ON r.key = l.rule_key
            JOIN ledger_entries e ON e.seeker_id = l.seeker_id AND (r.kind <> 'programme' OR e.gig_id IS NOT NULL)
            CROSS JOIN LATERAL (SELECT CASE WHEN r.allocation = 'payment_date' THEN e.payment_date ELSE e.work_date END AS d) c
            CROSS JOIN LATERAL (SELECT CASE r.period WHEN 'month' THEN date_trunc('month', c.d)::date
                WHEN 'year' THEN date_trunc('year', c.d)::date
                ELSE l.anchor + 28 * floor((c.d - l.anchor) / 28.0)::int END AS start) s
            WHERE s.start IS NOT NULL
            GROUP BY 1, 2, 3, r.period`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "ledger_totals" DROP CONSTRAINT "FK_7e3ce50278758923e7d6eddd58c"`);
        await queryRunner.query(`ALTER TABLE "seeker_limits" DROP CONSTRAINT "ck_seeker_limits_mode"`);
        await queryRunner.query(`ALTER TABLE "seeker_limits" DROP COLUMN "mode"`);
        await queryRunner.query(`DROP INDEX "public"."ix_ledger_totals_current"`);
        await queryRunner.query(`DROP TABLE "ledger_totals"`);
    }

}
