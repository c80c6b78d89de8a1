import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching orders candidates by when each was last told of a gig (max(created_at) of their matches): with the
 * time in the seeker's index that is one probe per candidate instead of reading all their matches. The index
 * on seeker_id alone goes, as this one serves everything it did.
 */
export class MatchesSeekerTold1796619969919 implements MigrationInterface {
  name = 'MatchesSeekerTold1796619969919';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_matches_seeker_id"`);
    await queryRunner.query(
      `CREATE INDEX "ix_matches_seeker_told" ON "matches" ("seeker_id", "created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_matches_seeker_told"`);
    await queryRunner.query(`CREATE INDEX "ix_matches_seeker_id" ON "matches" ("seeker_id") `);
  }
}
