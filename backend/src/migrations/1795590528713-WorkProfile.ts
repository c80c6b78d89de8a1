import { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkProfile1795590528713 implements MigrationInterface {
  name = 'WorkProfile1795590528713';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "match_preferences" ADD "postal_codes" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "match_preferences" ADD "travel" text NOT NULL DEFAULT 'nearby'`);
    await queryRunner.query(`ALTER TABLE "match_preferences" ADD "skills" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "match_preferences" ADD "languages" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_preferences" ADD "availability" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_preferences" ADD "days_off" date array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "match_preferences" ADD "max_load" text NOT NULL DEFAULT 'heavy'`);
    await queryRunner.query(
      `ALTER TABLE "match_preferences" ADD "accessibility_needs" text NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_preferences" ADD "wants_supported" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "match_preferences" ADD "birth_year" integer`);
    await queryRunner.query(`ALTER TABLE "matches" ADD "reasons" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "match_preferences" ADD CONSTRAINT "ck_match_preferences_birth_year" CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100)`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_preferences" ADD CONSTRAINT "ck_match_preferences_max_load" CHECK (max_load IN ('light', 'moderate', 'heavy'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_preferences" ADD CONSTRAINT "ck_match_preferences_travel" CHECK (travel IN ('own_area', 'nearby', 'anywhere'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_preferences" DROP CONSTRAINT "ck_match_preferences_travel"`);
    await queryRunner.query(
      `ALTER TABLE "match_preferences" DROP CONSTRAINT "ck_match_preferences_max_load"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_preferences" DROP CONSTRAINT "ck_match_preferences_birth_year"`,
    );
    await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "reasons"`);
    await queryRunner.query(`ALTER TABLE "match_preferences" DROP COLUMN "birth_year"`);
    await queryRunner.query(`ALTER TABLE "match_preferences" DROP COLUMN "wants_supported"`);
    await queryRunner.query(`ALTER TABLE "match_preferences" DROP COLUMN "accessibility_needs"`);
    await queryRunner.query(`ALTER TABLE "match_preferences" DROP COLUMN "max_load"`);
    await queryRunner.query(`ALTER TABLE "match_preferences" DROP COLUMN "days_off"`);
    await queryRunner.query(`ALTER TABLE "match_preferences" DROP COLUMN "availability"`);
    await queryRunner.query(`ALTER TABLE "match_preferences" DROP COLUMN "languages"`);
    await queryRunner.query(`ALTER TABLE "match_preferences" DROP COLUMN "skills"`);
    await queryRunner.query(`ALTER TABLE "match_preferences" DROP COLUMN "travel"`);
    await queryRunner.query(`ALTER TABLE "match_preferences" DROP COLUMN "postal_codes"`);
  }
}
