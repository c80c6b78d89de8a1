import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchWaves1795577651060 implements MigrationInterface {
  name = 'MatchWaves1795577651060';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_waves" ("gig_id" uuid NOT NULL, "wave" integer NOT NULL, "ran_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_56d44148a25773537db77437c3f" PRIMARY KEY ("gig_id", "wave"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_waves" ADD CONSTRAINT "FK_965ecf762f22f8be86ae45bbfed" FOREIGN KEY ("gig_id") REFERENCES "gigs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Waves that ran before waves were claimed: their matches say so.
    await queryRunner.query(
      `INSERT INTO "match_waves" ("gig_id", "wave", "ran_at") SELECT "gig_id", "wave", min("created_at") FROM "matches" GROUP BY "gig_id", "wave"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_waves" DROP CONSTRAINT "FK_965ecf762f22f8be86ae45bbfed"`);
    await queryRunner.query(`DROP TABLE "match_waves"`);
  }
}
