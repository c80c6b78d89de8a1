import { MigrationInterface, QueryRunner } from 'typeorm';

export class GigsCore1795579279728 implements MigrationInterface {
  name = 'GigsCore1795579279728';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`DROP INDEX "public"."ix_bookings_seeker_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_bookings_gig_seeker"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "ck_gigs_category"`);
    await queryRunner.query(
      `CREATE TABLE "gig_categories" ("code" text NOT NULL, "name_fi" text NOT NULL, "name_sv" text NOT NULL, "name_en" text NOT NULL, "position" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "ck_gig_categories_code" CHECK (code ~ '^[a-z][a-z0-9_]{1,30}$'), CONSTRAINT "PK_a84a40d20e32709eeeff0b4b320" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`INSERT INTO "gig_categories" ("code", "name_fi", "name_sv", "name_en", "position") VALUES
            ('yard', 'Piha- ja puutarhatyöt', 'Gård och trädgård', 'Yard and garden', 10),
            ('moving', 'Kantaminen ja muutot', 'Bära och flytta', 'Carrying and moving', 20),
            ('cleaning', 'Siivous', 'Städning', 'Cleaning', 30),
            ('events', 'Tapahtuma-apu', 'Evenemangshjälp', 'Event help', 40),
            ('errands', 'Asiointi ja kauppa-apu', 'Ärenden och inköp', 'Errands and shopping', 50),
            ('snow', 'Lumityöt', 'Snöarbete', 'Snow work', 60),
            ('it', 'Helppo IT-apu', 'Enkel IT-hjälp', 'Simple IT help', 70),
            ('repairs', 'Maalaus ja pienet korjaukset', 'Målning och små reparationer', 'Painting and small repairs', 80),
            ('other', 'Muu työ', 'Annat arbete', 'Other work', 90)`);
    await queryRunner.query(
      `CREATE TABLE "booking_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "changed_by" uuid, "reason" text, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_98a388d04269b4caebe375616cd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_booking_status_changes_booking_id" ON "booking_status_changes"  ("booking_id", "changed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "gig_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gig_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "action" text NOT NULL, "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2c9fce96916fbb2da7ace11bfa0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_gig_status_changes_gig_id" ON "gig_status_changes"  ("gig_id", "changed_at") `,
    );
    // The area a seeker decides on becomes the district; postal codes and street addresses come with new gigs.
    await queryRunner.query(`ALTER TABLE "gigs" RENAME COLUMN "area" TO "district"`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "estimated_minutes" integer`);
    await queryRunner.query(
      `UPDATE "gigs" SET "estimated_minutes" = LEAST(1440, GREATEST(15, (EXTRACT(EPOCH FROM "ends_at" - "starts_at") / 60)::int))`,
    );
    await queryRunner.query(`ALTER TABLE "gigs" ALTER COLUMN "estimated_minutes" SET NOT NULL`);
    // The lifecycle's states: a gig auto-confirmed before is closed.
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "ck_gigs_status"`);
    await queryRunner.query(`UPDATE "gigs" SET "status" = 'closed' WHERE "status" = 'completed'`);
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "ck_gigs_status" CHECK (status IN ('draft', 'published', 'full', 'in_progress', 'done', 'closed', 'cancelled', 'expired'))`,
    );
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "ck_gigs_places"`);
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "ck_gigs_places" CHECK (places BETWEEN 1 AND 50)`,
    );
    await queryRunner.query(
      `INSERT INTO "gig_status_changes" ("gig_id", "from_status", "to_status", "action", "changed_by", "changed_at") SELECT "id", NULL, "status", 'create', NULL, "created_at" FROM "gigs"`,
    );
    await queryRunner.query(`ALTER TABLE "gigs" ADD "postal_code" text`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "street_address" text`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "latitude" double precision`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "longitude" double precision`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "time_kind" text NOT NULL DEFAULT 'fixed'`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "pay_kind" text NOT NULL DEFAULT 'per_gig'`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "selection" text NOT NULL DEFAULT 'first_come'`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "skills" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "languages" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "physical_load" text NOT NULL DEFAULT 'light'`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "setting" text NOT NULL DEFAULT 'outdoors'`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "tools_provided" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "accessibility_notes" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "contact_name" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "contact_phone" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "supported" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "support_person" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "support_notes" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "withdraw_hours" integer NOT NULL DEFAULT '24'`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "attendance_hours" integer NOT NULL DEFAULT '12'`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "series_id" uuid`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "copied_from_id" uuid`);
    await queryRunner.query(`ALTER TABLE "gigs" ADD "created_by" uuid`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD "during" tstzrange`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD "attendance_confirmed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD "withdraw_reason" text`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "ck_bookings_status"`);
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "ck_bookings_status" CHECK (status IN ('applied', 'waitlisted', 'booked', 'declined', 'withdrawn', 'released', 'cancelled', 'completed', 'no_show'))`,
    );
    await queryRunner.query(
      `UPDATE "bookings" b SET "during" = tstzrange(g."starts_at", g."ends_at") FROM "gigs" g WHERE g."id" = b."gig_id" AND b."status" = 'booked'`,
    );
    await queryRunner.query(
      `INSERT INTO "booking_status_changes" ("booking_id", "from_status", "to_status", "changed_by", "changed_at") SELECT "id", NULL, "status", NULL, "created_at" FROM "bookings"`,
    );
    await queryRunner.query(`CREATE INDEX "ix_gigs_series_id" ON "gigs"  ("series_id") `);
    await queryRunner.query(`CREATE INDEX "ix_bookings_gig_id" ON "bookings"  ("gig_id", "status") `);
    await queryRunner.query(
      `CREATE INDEX "ix_bookings_seeker_id" ON "bookings"  ("seeker_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_bookings_live" ON "bookings"  ("gig_id", "seeker_id") WHERE status IN ('applied', 'waitlisted', 'booked', 'completed', 'no_show')`,
    );
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "ck_gigs_attendance_hours" CHECK (attendance_hours BETWEEN 0 AND 72)`,
    );
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "ck_gigs_withdraw_hours" CHECK (withdraw_hours BETWEEN 0 AND 168)`,
    );
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "ck_gigs_coordinates" CHECK ((latitude IS NULL) = (longitude IS NULL) AND (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180)))`,
    );
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "ck_gigs_postal_code" CHECK (postal_code ~ '^[0-9]{5}$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "ck_gigs_estimated_minutes" CHECK (estimated_minutes BETWEEN 15 AND 1440)`,
    );
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "ck_gigs_setting" CHECK (setting IN ('indoors', 'outdoors', 'both'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "ck_gigs_physical_load" CHECK (physical_load IN ('light', 'moderate', 'heavy'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "ck_gigs_selection" CHECK (selection IN ('first_come', 'choose'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "ck_gigs_pay_kind" CHECK (pay_kind IN ('per_gig', 'per_hour'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "ck_gigs_time_kind" CHECK (time_kind IN ('fixed', 'window'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "ck_bookings_withdraw_reason" CHECK (withdraw_reason IS NULL OR withdraw_reason IN ('health', 'other'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "ex_bookings_no_overlap" EXCLUDE USING gist ("seeker_id" WITH =, "during" WITH &&) WHERE (status = 'booked')`,
    );
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "FK_0dba78420f00c788b84c1a84bdc" FOREIGN KEY ("category") REFERENCES "gig_categories"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "FK_864bc6b5c1205eb96efe27b7463" FOREIGN KEY ("copied_from_id") REFERENCES "gigs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "FK_8302884c52edec47daf6abece85" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "booking_status_changes" ADD CONSTRAINT "FK_c1a2a68b00ad15ba6ad01fec8f6" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gig_status_changes" ADD CONSTRAINT "FK_2bcb759d5f56878df5eb35afe39" FOREIGN KEY ("gig_id") REFERENCES "gigs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "gig_status_changes" DROP CONSTRAINT "FK_2bcb759d5f56878df5eb35afe39"`,
    );
    await queryRunner.query(
      `ALTER TABLE "booking_status_changes" DROP CONSTRAINT "FK_c1a2a68b00ad15ba6ad01fec8f6"`,
    );
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "FK_8302884c52edec47daf6abece85"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "FK_864bc6b5c1205eb96efe27b7463"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "FK_0dba78420f00c788b84c1a84bdc"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "ex_bookings_no_overlap"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "ck_bookings_withdraw_reason"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "ck_gigs_time_kind"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "ck_gigs_pay_kind"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "ck_gigs_selection"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "ck_gigs_physical_load"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "ck_gigs_setting"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "ck_gigs_estimated_minutes"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "ck_gigs_postal_code"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "ck_gigs_coordinates"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "ck_gigs_withdraw_hours"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "ck_gigs_attendance_hours"`);
    await queryRunner.query(`DROP INDEX "public"."uq_bookings_live"`);
    await queryRunner.query(`DROP INDEX "public"."ix_bookings_seeker_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_bookings_gig_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_gigs_series_id"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP COLUMN "withdraw_reason"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP COLUMN "attendance_confirmed_at"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP COLUMN "during"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "created_by"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "copied_from_id"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "series_id"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "attendance_hours"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "withdraw_hours"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "support_notes"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "support_person"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "supported"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "contact_phone"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "contact_name"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "accessibility_notes"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "tools_provided"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "setting"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "physical_load"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "languages"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "skills"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "selection"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "pay_kind"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "estimated_minutes"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "time_kind"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "longitude"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "latitude"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "street_address"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP COLUMN "postal_code"`);
    await queryRunner.query(`ALTER TABLE "gigs" RENAME COLUMN "district" TO "area"`);
    await queryRunner.query(`DROP INDEX "public"."ix_gig_status_changes_gig_id"`);
    await queryRunner.query(`DROP TABLE "gig_status_changes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_booking_status_changes_booking_id"`);
    await queryRunner.query(`DROP TABLE "booking_status_changes"`);
    await queryRunner.query(`DROP TABLE "gig_categories"`);
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "ck_gigs_category" CHECK ((category = ANY (ARRAY['yard'::text, 'moving'::text, 'events'::text, 'errands'::text, 'cleaning'::text, 'snow'::text, 'it'::text])))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_bookings_gig_seeker" ON "bookings" USING btree ("gig_id", "seeker_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_bookings_seeker_id" ON "bookings" USING btree ("seeker_id") `);
  }
}
