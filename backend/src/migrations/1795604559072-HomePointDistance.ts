import { MigrationInterface, QueryRunner } from "typeorm";

export class HomePointDistance1795604559072 implements MigrationInterface {
    name = 'HomePointDistance1795604559072'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "match_preferences" ADD "home_latitude" double precision`);
        await queryRunner.query(`ALTER TABLE "match_preferences" ADD "home_longitude" double precision`);
        await queryRunner.query(`ALTER TABLE "match_preferences" ADD "max_km" integer`);
        await queryRunner.query(`ALTER TABLE "match_preferences" ADD CONSTRAINT "ck_match_preferences_max_km" CHECK (max_km IS NULL OR max_km BETWEEN 1 AND 300)`);
        await queryRunner.query(`ALTER TABLE "match_preferences" ADD CONSTRAINT "ck_match_preferences_home" CHECK ((home_latitude IS NULL) = (home_longitude IS NULL) AND (home_latitude IS NULL OR (home_latitude BETWEEN 59 AND 71 AND home_longitude BETWEEN 19 AND 32)))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "match_preferences" DROP CONSTRAINT "ck_match_preferences_home"`);
        await queryRunner.query(`ALTER TABLE "match_preferences" DROP CONSTRAINT "ck_match_preferences_max_km"`);
        await queryRunner.query(`ALTER TABLE "match_preferences" DROP COLUMN "max_km"`);
        await queryRunner.query(`ALTER TABLE "match_preferences" DROP COLUMN "home_longitude"`);
        await queryRunner.query(`ALTER TABLE "match_preferences" DROP COLUMN "home_latitude"`);
    }

}
