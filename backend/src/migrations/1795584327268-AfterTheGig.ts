import { MigrationInterface, QueryRunner } from 'typeorm';

export class AfterTheGig1795584327268 implements MigrationInterface {
  name = 'AfterTheGig1795584327268';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "completions" ("booking_id" uuid NOT NULL, "gig_id" uuid NOT NULL, "seeker_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'reported', "minutes" integer NOT NULL, "amount_cents" integer NOT NULL, "work_date" date NOT NULL, "payment_date" date NOT NULL, "reported_by" uuid, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "responded_at" TIMESTAMP WITH TIME ZONE, "dispute_reason" text NOT NULL DEFAULT '', "confirmed_at" TIMESTAMP WITH TIME ZONE, "automatic" boolean NOT NULL DEFAULT false, "resolved_by" uuid, "resolution_note" text NOT NULL DEFAULT '', CONSTRAINT "ck_completions_dates" CHECK (payment_date >= work_date), CONSTRAINT "ck_completions_amount" CHECK (amount_cents BETWEEN 0 AND 1000000), CONSTRAINT "ck_completions_minutes" CHECK (minutes BETWEEN 0 AND 1440), CONSTRAINT "ck_completions_status" CHECK (status IN ('reported', 'confirmed', 'disputed', 'annulled')), CONSTRAINT "PK_5452d4d5991dcb23a37839f4cff" PRIMARY KEY ("booking_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_completions_open" ON "completions"  ("reported_at") WHERE status IN ('reported', 'disputed')`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_completions_seeker_id" ON "completions"  ("seeker_id", "work_date") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_completions_gig_id" ON "completions"  ("gig_id") `);
    await queryRunner.query(
      `CREATE TABLE "feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "author_role" text NOT NULL, "author_id" uuid, "punctuality" smallint, "quality" smallint, "skills_shown" text NOT NULL DEFAULT '', "went_well" text NOT NULL DEFAULT '', "practise_next" text NOT NULL DEFAULT '', "as_described" boolean, "note" text NOT NULL DEFAULT '', "skills_grew" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_feedback_skills_grew" CHECK (skills_grew IS NULL OR skills_grew IN ('yes', 'somewhat', 'no')), CONSTRAINT "ck_feedback_quality" CHECK (quality IS NULL OR quality BETWEEN 1 AND 5), CONSTRAINT "ck_feedback_punctuality" CHECK (punctuality IS NULL OR punctuality BETWEEN 1 AND 5), CONSTRAINT "ck_feedback_author_role" CHECK (author_role IN ('organisation', 'seeker')), CONSTRAINT "PK_8389f9e087a57689cd5be8b2b13" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_feedback_booking_author" ON "feedback"  ("booking_id", "author_role") `,
    );
    await queryRunner.query(
      `CREATE TABLE "gig_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gig_id" uuid NOT NULL, "sender_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_gig_messages_body" CHECK (char_length(body) BETWEEN 1 AND 2000), CONSTRAINT "PK_3bb3fca5cad2e0f06bf63709474" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_gig_messages_gig_id" ON "gig_messages"  ("gig_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "work_history_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seeker_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d0f84a3300937ce7e5de8eea01a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_work_history_links_seeker_id" ON "work_history_links"  ("seeker_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_work_history_links_token_hash" ON "work_history_links"  ("token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "completions" ADD CONSTRAINT "FK_5452d4d5991dcb23a37839f4cff" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "FK_93b45a1a076b08fc6055a94bd9d" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gig_messages" ADD CONSTRAINT "FK_85ddc6253cfe2ebe176cf15c9f9" FOREIGN KEY ("gig_id") REFERENCES "gigs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_history_links" ADD CONSTRAINT "FK_ce4557eadcc68995fda0d7daf87" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "work_history_links" DROP CONSTRAINT "FK_ce4557eadcc68995fda0d7daf87"`,
    );
    await queryRunner.query(`ALTER TABLE "gig_messages" DROP CONSTRAINT "FK_85ddc6253cfe2ebe176cf15c9f9"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "FK_93b45a1a076b08fc6055a94bd9d"`);
    await queryRunner.query(`ALTER TABLE "completions" DROP CONSTRAINT "FK_5452d4d5991dcb23a37839f4cff"`);
    await queryRunner.query(`DROP INDEX "public"."uq_work_history_links_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_work_history_links_seeker_id"`);
    await queryRunner.query(`DROP TABLE "work_history_links"`);
    await queryRunner.query(`DROP INDEX "public"."ix_gig_messages_gig_id"`);
    await queryRunner.query(`DROP TABLE "gig_messages"`);
    await queryRunner.query(`DROP INDEX "public"."uq_feedback_booking_author"`);
    await queryRunner.query(`DROP TABLE "feedback"`);
    await queryRunner.query(`DROP INDEX "public"."ix_completions_gig_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_completions_seeker_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_completions_open"`);
    await queryRunner.query(`DROP TABLE "completions"`);
  }
}
