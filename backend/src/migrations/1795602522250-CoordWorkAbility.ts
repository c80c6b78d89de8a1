import { MigrationInterface, QueryRunner } from "typeorm";

export class CoordWorkAbility1795602522250 implements MigrationInterface {
    name = 'CoordWorkAbility1795602522250'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "work_ability_assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seeker_id" uuid NOT NULL, "day" date NOT NULL, "coping" smallint NOT NULL, "routines" smallint NOT NULL, "confidence" smallint NOT NULL, "skills" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_work_ability_skills" CHECK (skills BETWEEN 1 AND 5), CONSTRAINT "ck_work_ability_confidence" CHECK (confidence BETWEEN 1 AND 5), CONSTRAINT "ck_work_ability_routines" CHECK (routines BETWEEN 1 AND 5), CONSTRAINT "ck_work_ability_coping" CHECK (coping BETWEEN 1 AND 5), CONSTRAINT "PK_0d2f2d1cf8421762fe9598ab932" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_work_ability_seeker_day" ON "work_ability_assessments"  ("seeker_id", "day") `);
        await queryRunner.query(`ALTER TABLE "work_ability_assessments" ADD CONSTRAINT "FK_97347d7bc3a3e371f2d1a29f883" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "work_ability_assessments" DROP CONSTRAINT "FK_97347d7bc3a3e371f2d1a29f883"`);
        await queryRunner.query(`DROP INDEX "public"."uq_work_ability_seeker_day"`);
        await queryRunner.query(`DROP TABLE "work_ability_assessments"`);
    }

}
