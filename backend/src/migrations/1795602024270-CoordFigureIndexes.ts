import { MigrationInterface, QueryRunner } from "typeorm";

export class CoordFigureIndexes1795602024270 implements MigrationInterface {
    name = 'CoordFigureIndexes1795602024270'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "ix_ledger_entries_project_pay" ON "ledger_entries"  ("payment_date", "seeker_id", "amount_cents") WHERE gig_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_bookings_occupying" ON "bookings"  ("gig_id") WHERE status IN ('booked', 'completed', 'no_show')`);
        await queryRunner.query(`CREATE INDEX "ix_completions_confirmed_work_date" ON "completions"  ("work_date", "seeker_id", "gig_id", "minutes") WHERE status = 'confirmed'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_completions_confirmed_work_date"`);
        await queryRunner.query(`DROP INDEX "public"."ix_bookings_occupying"`);
        await queryRunner.query(`DROP INDEX "public"."ix_ledger_entries_project_pay"`);
    }

}
