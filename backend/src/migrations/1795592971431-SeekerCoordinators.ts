import { MigrationInterface, QueryRunner } from 'typeorm';

export class SeekerCoordinators1795592971431 implements MigrationInterface {
  name = 'SeekerCoordinators1795592971431';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "seeker_coordinators" ("seeker_id" uuid NOT NULL, "coordinator_id" uuid NOT NULL, "assigned_by" uuid, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_348849830fa1c71f8ca75834348" PRIMARY KEY ("seeker_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_seeker_coordinators_coordinator" ON "seeker_coordinators"  ("coordinator_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "seeker_coordinators" ADD CONSTRAINT "FK_348849830fa1c71f8ca75834348" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "seeker_coordinators" ADD CONSTRAINT "FK_c3882a93a4a3530e96c7490d4f1" FOREIGN KEY ("coordinator_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "seeker_coordinators" DROP CONSTRAINT "FK_c3882a93a4a3530e96c7490d4f1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "seeker_coordinators" DROP CONSTRAINT "FK_348849830fa1c71f8ca75834348"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_seeker_coordinators_coordinator"`);
    await queryRunner.query(`DROP TABLE "seeker_coordinators"`);
  }
}
