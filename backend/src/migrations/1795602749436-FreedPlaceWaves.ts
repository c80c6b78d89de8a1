import { MigrationInterface, QueryRunner } from "typeorm";

export class FreedPlaceWaves1795602749436 implements MigrationInterface {
    name = 'FreedPlaceWaves1795602749436'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "match_waves" ADD "cause_event_id" uuid`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_match_waves_cause" ON "match_waves"  ("cause_event_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ux_match_waves_cause"`);
        await queryRunner.query(`ALTER TABLE "match_waves" DROP COLUMN "cause_event_id"`);
    }

}
