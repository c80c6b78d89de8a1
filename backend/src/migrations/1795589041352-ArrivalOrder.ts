import { MigrationInterface, QueryRunner } from 'typeorm';

export class ArrivalOrder1795589041352 implements MigrationInterface {
  name = 'ArrivalOrder1795589041352';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bookings" ADD "seq" BIGSERIAL NOT NULL`);
    await queryRunner.query(`ALTER TABLE "booking_status_changes" ADD "seq" BIGSERIAL NOT NULL`);
    await queryRunner.query(`ALTER TABLE "gig_messages" ADD "seq" BIGSERIAL NOT NULL`);
    await queryRunner.query(`ALTER TABLE "gig_status_changes" ADD "seq" BIGSERIAL NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "gig_status_changes" DROP COLUMN "seq"`);
    await queryRunner.query(`ALTER TABLE "gig_messages" DROP COLUMN "seq"`);
    await queryRunner.query(`ALTER TABLE "booking_status_changes" DROP COLUMN "seq"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP COLUMN "seq"`);
  }
}
