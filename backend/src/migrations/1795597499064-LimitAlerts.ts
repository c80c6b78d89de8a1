import { MigrationInterface, QueryRunner } from 'typeorm';

export class LimitAlerts1795597499064 implements MigrationInterface {
  name = 'LimitAlerts1795597499064';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "limit_alerts" ("seeker_id" uuid NOT NULL, "rule_key" text NOT NULL, "period_start" date NOT NULL, "threshold" integer NOT NULL, "amount_cents" integer NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_33458f18ff861ff041527443066" PRIMARY KEY ("seeker_id", "rule_key", "period_start", "threshold"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "seeker_limit_choices" ("seeker_id" uuid NOT NULL, "chosen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d3e4819328867eba8cfcc93147" PRIMARY KEY ("seeker_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "seeker_limit_choices" ADD CONSTRAINT "FK_6d3e4819328867eba8cfcc93147" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Until now both lived in the audit log: move them to their own tables.
    await queryRunner.query(`INSERT INTO "seeker_limit_choices" (seeker_id, chosen_at)
            SELECT subject_id::uuid, max(at) FROM audit_events WHERE subject_type = 'seeker_limits' GROUP BY subject_id
            ON CONFLICT DO NOTHING`);
    await queryRunner.query(`INSERT INTO "limit_alerts" (seeker_id, rule_key, period_start, threshold, amount_cents, sent_at)
            SELECT (after->>'seekerId')::uuid, after->>'ruleKey', (after->>'periodStart')::date, (after->>'threshold')::int, 0, at
            FROM audit_events WHERE subject_type = 'seeker_limit_alert' ON CONFLICT DO NOTHING`);
    await queryRunner.query(`DELETE FROM audit_events WHERE subject_type = 'seeker_limit_alert'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "seeker_limit_choices" DROP CONSTRAINT "FK_6d3e4819328867eba8cfcc93147"`,
    );
    await queryRunner.query(`DROP TABLE "seeker_limit_choices"`);
    await queryRunner.query(`DROP TABLE "limit_alerts"`);
  }
}
