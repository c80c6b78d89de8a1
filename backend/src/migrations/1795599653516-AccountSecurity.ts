import { MigrationInterface, QueryRunner } from "typeorm";

export class AccountSecurity1795599653516 implements MigrationInterface {
    name = 'AccountSecurity1795599653516'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "auth_mails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "address_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8aba69eda26d520809b2e34600e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_auth_mails_address_created_at" ON "auth_mails"  ("address_hash", "created_at") `);
        await queryRunner.query(`ALTER TABLE "users" ADD "status" text NOT NULL DEFAULT 'active'`);
        await queryRunner.query(`ALTER TABLE "users" ADD "is_demo" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "sessions" ADD "proof" text NOT NULL DEFAULT 'password'`);
        await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "ck_users_status" CHECK (status IN ('pending', 'active'))`);
        await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "ck_sessions_proof" CHECK (proof IN ('link', 'password'))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "ck_sessions_proof"`);
        await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_status"`);
        await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "proof"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "is_demo"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_auth_mails_address_created_at"`);
        await queryRunner.query(`DROP TABLE "auth_mails"`);
    }

}
