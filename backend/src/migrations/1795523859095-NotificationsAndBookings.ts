import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsAndBookings1795523859095 implements MigrationInterface {
  name = 'NotificationsAndBookings1795523859095';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "params" jsonb NOT NULL, "link" text NOT NULL, "dedupe_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "digested_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_user_unread" ON "notifications"  ("user_id", "created_at") WHERE read_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_notifications_user_dedupe" ON "notifications"  ("user_id", "dedupe_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" text NOT NULL, "in_app" boolean NOT NULL DEFAULT true, "mail" text NOT NULL DEFAULT 'each', CONSTRAINT "ck_notification_preferences_mail" CHECK (mail IN ('each', 'digest', 'off')), CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "bookings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gig_id" uuid NOT NULL, "seeker_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'booked', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_bookings_status" CHECK (status IN ('booked', 'withdrawn', 'completed', 'no_show')), CONSTRAINT "PK_bee6805982cc1e248e94ce94957" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_bookings_seeker_id" ON "bookings"  ("seeker_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_bookings_gig_seeker" ON "bookings"  ("gig_id", "seeker_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "matches" ("gig_id" uuid NOT NULL, "seeker_id" uuid NOT NULL, "wave" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b515fd68771339daf28f2674999" PRIMARY KEY ("gig_id", "seeker_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_matches_seeker_id" ON "matches"  ("seeker_id") `);
    await queryRunner.query(
      `CREATE TABLE "match_preferences" ("user_id" uuid NOT NULL, "categories" text array NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_62bde078870c6a61b9e6eedcbee" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "gigs" ADD "published_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "ck_gigs_status"`);
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "ck_gigs_status" CHECK (status IN ('draft', 'published', 'cancelled', 'completed', 'expired'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "FK_be7938546d29487df31bf5cead9" FOREIGN KEY ("gig_id") REFERENCES "gigs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "FK_48cdba2cf450ad3c15bf263bbe0" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "FK_b017a7c292b8e2d50d32594d652" FOREIGN KEY ("gig_id") REFERENCES "gigs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "FK_1e8eacd26a242469518c4791a33" FOREIGN KEY ("seeker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_preferences" ADD CONSTRAINT "FK_62bde078870c6a61b9e6eedcbee" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "match_preferences" DROP CONSTRAINT "FK_62bde078870c6a61b9e6eedcbee"`,
    );
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "FK_1e8eacd26a242469518c4791a33"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "FK_b017a7c292b8e2d50d32594d652"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "FK_48cdba2cf450ad3c15bf263bbe0"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "FK_be7938546d29487df31bf5cead9"`);
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "ck_gigs_status"`);
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "ck_gigs_status" CHECK (status IN ('draft', 'published', 'cancelled', 'completed'))`,
    );
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "published_at"`);
    await queryRunner.query(`DROP TABLE "match_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."ix_matches_seeker_id"`);
    await queryRunner.query(`DROP TABLE "matches"`);
    await queryRunner.query(`DROP INDEX "public"."uq_bookings_gig_seeker"`);
    await queryRunner.query(`DROP INDEX "public"."ix_bookings_seeker_id"`);
    await queryRunner.query(`DROP TABLE "bookings"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."uq_notifications_user_dedupe"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_user_unread"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
