import { MigrationInterface, QueryRunner } from 'typeorm';

export class Deliveries1795522872901 implements MigrationInterface {
  name = 'Deliveries1795522872901';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dedupe_key" text NOT NULL, "user_id" uuid NOT NULL, "channel" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_deliveries_status" CHECK (status IN ('pending', 'sent')), CONSTRAINT "ck_deliveries_channel" CHECK (channel IN ('mail', 'in_app')), CONSTRAINT "PK_a6ef225c5c5f0974e503bfb731f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_deliveries_key_user_channel" ON "deliveries"  ("dedupe_key", "user_id", "channel") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_deliveries_key_user_channel"`);
    await queryRunner.query(`DROP TABLE "deliveries"`);
  }
}
