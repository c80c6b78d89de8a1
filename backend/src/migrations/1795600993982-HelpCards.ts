import { MigrationInterface, QueryRunner } from 'typeorm';

export class HelpCards1795600993982 implements MigrationInterface {
  name = 'HelpCards1795600993982';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "card_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gig_id" uuid NOT NULL, "seeker_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "invited_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_387a078613c4615fb536c757a19" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_card_invitations_seeker_id" ON "card_invitations"  ("seeker_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_card_invitations_gig_seeker" ON "card_invitations"  ("gig_id", "seeker_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "help_cards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seeker_id" uuid NOT NULL, "text" text NOT NULL, "categories" text array NOT NULL DEFAULT '{}', "postal_codes" text array NOT NULL DEFAULT '{}', "district" text NOT NULL DEFAULT '', "weekdays" text array NOT NULL DEFAULT '{}', "times" text NOT NULL DEFAULT '', "visible" boolean NOT NULL DEFAULT false, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_help_cards_published" CHECK (NOT visible OR published_at IS NOT NULL), CONSTRAINT "ck_help_cards_district" CHECK (char_length(district) <= 100), CONSTRAINT "ck_help_cards_times" CHECK (char_length(times) <= 200), CONSTRAINT "ck_help_cards_text" CHECK (char_length(text) BETWEEN 1 AND 500), CONSTRAINT "PK_c64a926e8e47d885d88d5eff34b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_help_cards_visible_published" ON "help_cards"  ("published_at", "id") WHERE visible`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_help_cards_seeker_id" ON "help_cards"  ("seeker_id") `);
    await queryRunner.query(
      `ALTER TABLE "card_invitations" ADD CONSTRAINT "FK_9f211c0582b9313eda97ae69c07" FOREIGN KEY ("gig_id") REFERENCES "gigs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "card_invitations" ADD CONSTRAINT "FK_d487ae9c5e9e4028c364d7dea3c" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "help_cards" ADD CONSTRAINT "FK_ceac2af2d68f09c318c1af059eb" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "help_cards" DROP CONSTRAINT "FK_ceac2af2d68f09c318c1af059eb"`);
    await queryRunner.query(
      `ALTER TABLE "card_invitations" DROP CONSTRAINT "FK_d487ae9c5e9e4028c364d7dea3c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "card_invitations" DROP CONSTRAINT "FK_9f211c0582b9313eda97ae69c07"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_help_cards_seeker_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_help_cards_visible_published"`);
    await queryRunner.query(`DROP TABLE "help_cards"`);
    await queryRunner.query(`DROP INDEX "public"."uq_card_invitations_gig_seeker"`);
    await queryRunner.query(`DROP INDEX "public"."ix_card_invitations_seeker_id"`);
    await queryRunner.query(`DROP TABLE "card_invitations"`);
  }
}
