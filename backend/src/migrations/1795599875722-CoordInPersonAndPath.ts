import { MigrationInterface, QueryRunner } from "typeorm";

export class CoordInPersonAndPath1795599875722 implements MigrationInterface {
    name = 'CoordInPersonAndPath1795599875722'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "account_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" text NOT NULL, "code_hash" text NOT NULL, "email" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_account_codes_email" CHECK ((purpose = 'confirm_email') = (email IS NOT NULL)), CONSTRAINT "ck_account_codes_purpose" CHECK (purpose IN ('sign_in', 'confirm_email')), CONSTRAINT "PK_2b3231ec5b89808d65d0c8f7d63" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_account_codes_user" ON "account_codes"  ("user_id", "purpose") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_account_codes_code_hash" ON "account_codes"  ("code_hash") `);
        await queryRunner.query(`CREATE TABLE "path_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seeker_id" uuid NOT NULL, "step" text NOT NULL, "day" date NOT NULL, "note" text NOT NULL DEFAULT '', "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_path_notes_step" CHECK (step IN ('first_meeting', 'coaching', 'group_activity', 'first_gig', 'regular_gigs', 'work', 'studies', 'other_path')), CONSTRAINT "PK_964b8b4831672d4870e612b234b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_path_notes_seeker_day" ON "path_notes"  ("seeker_id", "day") `);
        await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "email" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "account_codes" ADD CONSTRAINT "FK_d5d3c1055972ce9a9645f768244" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "path_notes" ADD CONSTRAINT "FK_0ee87ddbbc03ad42aef4de2db13" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "path_notes" DROP CONSTRAINT "FK_0ee87ddbbc03ad42aef4de2db13"`);
        await queryRunner.query(`ALTER TABLE "account_codes" DROP CONSTRAINT "FK_d5d3c1055972ce9a9645f768244"`);
        await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "email" SET NOT NULL`);
        await queryRunner.query(`DROP INDEX "public"."ix_path_notes_seeker_day"`);
        await queryRunner.query(`DROP TABLE "path_notes"`);
        await queryRunner.query(`DROP INDEX "public"."uq_account_codes_code_hash"`);
        await queryRunner.query(`DROP INDEX "public"."ix_account_codes_user"`);
        await queryRunner.query(`DROP TABLE "account_codes"`);
    }

}
