import { MigrationInterface, QueryRunner } from 'typeorm';
import { RULE_CATALOGUE } from '../earnings/rule-catalogue';

export class Earnings1795591545624 implements MigrationInterface {
  name = 'Earnings1795591545624';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "action" text NOT NULL, "subject_type" text NOT NULL, "subject_id" text NOT NULL, "before" jsonb, "after" jsonb, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_subject" ON "audit_events"  ("subject_type", "subject_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ledger_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seeker_id" uuid NOT NULL, "kind" text NOT NULL, "payer_name" text NOT NULL, "payer_organisation_id" uuid, "gig_id" uuid, "booking_id" uuid, "amount_cents" integer NOT NULL, "work_date" date NOT NULL, "payment_date" date NOT NULL, "reverses" uuid, "reason" text NOT NULL DEFAULT '', "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_ledger_entries_amount" CHECK (amount_cents BETWEEN -10000000 AND 10000000), CONSTRAINT "ck_ledger_entries_dates" CHECK (payment_date >= work_date), CONSTRAINT "ck_ledger_entries_kind" CHECK (kind IN ('gig', 'outside', 'correction')), CONSTRAINT "PK_6efcb84411d3f08b08450ae75d5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_ledger_entries_reverses" ON "ledger_entries"  ("reverses") WHERE reverses IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_ledger_entries_booking" ON "ledger_entries"  ("booking_id") WHERE kind = 'gig'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_ledger_entries_seeker" ON "ledger_entries"  ("seeker_id", "payment_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "limit_rules" ("key" text NOT NULL, "kind" text NOT NULL, "period" text NOT NULL, "allocation" text NOT NULL, "personal" boolean NOT NULL DEFAULT false, "names" jsonb NOT NULL, "source" text NOT NULL DEFAULT '', CONSTRAINT "PK_d5fc57e6fef55d58a72b61888d8" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "limit_rule_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rule_key" text NOT NULL, "amount_cents" integer NOT NULL, "effect" text NOT NULL, "reduction_rate_bp" integer NOT NULL DEFAULT '0', "valid_from" date NOT NULL, "valid_to" date, "note" text NOT NULL DEFAULT '', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e82ce791f777b4d0f7dd96c55ee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ix_limit_rule_versions_rule" ON "limit_rule_versions"  ("rule_key", "valid_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "seeker_limits" ("seeker_id" uuid NOT NULL, "rule_key" text NOT NULL, "anchor" date, "personal_amount_cents" integer, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f7cdbe4d268e7aa9787dd067219" PRIMARY KEY ("seeker_id", "rule_key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "ledger_entries" ADD CONSTRAINT "FK_1268987dbae81aab11f3d3aac8d" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "limit_rule_versions" ADD CONSTRAINT "FK_72fe693a0836ea4db8b9215de20" FOREIGN KEY ("rule_key") REFERENCES "limit_rules"("key") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "seeker_limits" ADD CONSTRAINT "FK_bc702f0a3b55fda325ecac40482" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "seeker_limits" ADD CONSTRAINT "FK_e85054d7564304d8b6bcb95b870" FOREIGN KEY ("rule_key") REFERENCES "limit_rules"("key") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The ledger is append-only: no update, no delete, whoever asks.
    await queryRunner.query(`CREATE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'ledger_entries is append-only: add a correction instead' USING ERRCODE = 'P0001'; END $$`);
    await queryRunner.query(`CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON "ledger_entries"
          FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only()`);
    await queryRunner.query(`CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON "ledger_entries"
          FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_append_only()`);
    // The rules the product ships with (rule-catalogue.ts, from DOMAIN.md); coordinators add versions later.
    for (const r of RULE_CATALOGUE) {
      await queryRunner.query(
        `INSERT INTO "limit_rules" (key, kind, period, allocation, personal, names, source) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [r.key, r.kind, r.period, r.allocation, r.personal, JSON.stringify(r.names), r.source],
      );
      for (const v of r.versions)
        await queryRunner.query(
          `INSERT INTO "limit_rule_versions" (rule_key, amount_cents, effect, reduction_rate_bp, valid_from, valid_to, note)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [r.key, v.amountCents, v.effect, v.reductionRateBp, v.validFrom, v.validTo, v.note],
        );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER ledger_entries_no_truncate ON "ledger_entries"`);
    await queryRunner.query(`DROP TRIGGER ledger_entries_append_only ON "ledger_entries"`);
    await queryRunner.query(`DROP FUNCTION ledger_entries_append_only()`);
    await queryRunner.query(`ALTER TABLE "seeker_limits" DROP CONSTRAINT "FK_e85054d7564304d8b6bcb95b870"`);
    await queryRunner.query(`ALTER TABLE "seeker_limits" DROP CONSTRAINT "FK_bc702f0a3b55fda325ecac40482"`);
    await queryRunner.query(
      `ALTER TABLE "limit_rule_versions" DROP CONSTRAINT "FK_72fe693a0836ea4db8b9215de20"`,
    );
    await queryRunner.query(`ALTER TABLE "ledger_entries" DROP CONSTRAINT "FK_1268987dbae81aab11f3d3aac8d"`);
    await queryRunner.query(`DROP TABLE "seeker_limits"`);
    await queryRunner.query(`DROP INDEX "public"."ix_limit_rule_versions_rule"`);
    await queryRunner.query(`DROP TABLE "limit_rule_versions"`);
    await queryRunner.query(`DROP TABLE "limit_rules"`);
    await queryRunner.query(`DROP INDEX "public"."ix_ledger_entries_seeker"`);
    await queryRunner.query(`DROP INDEX "public"."uq_ledger_entries_booking"`);
    await queryRunner.query(`DROP INDEX "public"."uq_ledger_entries_reverses"`);
    await queryRunner.query(`DROP TABLE "ledger_entries"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_subject"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
