import { MigrationInterface, QueryRunner } from 'typeorm';

export class ErasureQueueScrub1796617843341 implements MigrationInterface {
  name = 'ErasureQueueScrub1796617843341';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "erasure_requests" ADD "queue_needles" text array`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "erasure_requests" DROP COLUMN "queue_needles"`);
  }
}
