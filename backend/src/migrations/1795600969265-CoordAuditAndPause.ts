import { MigrationInterface, QueryRunner } from "typeorm";

export class CoordAuditAndPause1795600969265 implements MigrationInterface {
    name = 'CoordAuditAndPause1795600969265'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "organisations" ADD "paused_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`CREATE INDEX "ix_audit_events_at" ON "audit_events"  ("at") `);
        await queryRunner.query(`CREATE INDEX "ix_audit_events_actor" ON "audit_events"  ("actor_id", "at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_audit_events_actor"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_events_at"`);
        await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "paused_at"`);
    }

}
