import { MigrationInterface, QueryRunner } from 'typeorm';

export class PrivacyErasure1795604657955 implements MigrationInterface {
  name = 'PrivacyErasure1795604657955';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ledger_totals" DROP CONSTRAINT "FK_7e3ce50278758923e7d6eddd58c"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "FK_48cdba2cf450ad3c15bf263bbe0"`);
    await queryRunner.query(
      `CREATE TABLE "erasure_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seeker_id" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "carried_out_at" TIMESTAMP WITH TIME ZONE, "carried_out_by" uuid, CONSTRAINT "PK_75acaa00d66ed88c38230c54505" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_erasure_requests_open" ON "erasure_requests"  ("seeker_id") WHERE carried_out_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "ledger_totals" ADD CONSTRAINT "FK_7e3ce50278758923e7d6eddd58c" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "FK_48cdba2cf450ad3c15bf263bbe0" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "erasure_requests" ADD CONSTRAINT "FK_362e90147b2498f23c83d6d4c4e" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The ledger stays append-only, except that an erasure (a transaction that set hh.erasure) may replace
    // the words of an entry's reason and payer; amounts, dates and owners never change.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            IF TG_OP = 'UPDATE' AND current_setting('hh.erasure', true) = 'on'
               AND (to_jsonb(NEW) - 'reason' - 'payer_name') = (to_jsonb(OLD) - 'reason' - 'payer_name') THEN
              RETURN NEW;
            END IF;
            RAISE EXCEPTION 'ledger_entries is append-only: add a correction instead' USING ERRCODE = 'P0001';
          END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'ledger_entries is append-only: add a correction instead' USING ERRCODE = 'P0001'; END $$`);
    await queryRunner.query(
      `ALTER TABLE "erasure_requests" DROP CONSTRAINT "FK_362e90147b2498f23c83d6d4c4e"`,
    );
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "FK_48cdba2cf450ad3c15bf263bbe0"`);
    await queryRunner.query(`ALTER TABLE "ledger_totals" DROP CONSTRAINT "FK_7e3ce50278758923e7d6eddd58c"`);
    await queryRunner.query(`DROP INDEX "public"."uq_erasure_requests_open"`);
    await queryRunner.query(`DROP TABLE "erasure_requests"`);
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "FK_48cdba2cf450ad3c15bf263bbe0" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ledger_totals" ADD CONSTRAINT "FK_7e3ce50278758923e7d6eddd58c" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
