import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_broadcast_schedules_weekdays" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TABLE "broadcast_schedules_weekdays" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_broadcast_schedules_weekdays",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "broadcast_schedules_dates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "broadcast_schedules_confirmations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"activity_id" integer
  );
  
  CREATE TABLE "broadcast_schedules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"unit_id" integer NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_until" timestamp(3) with time zone NOT NULL,
  	"times_per_day" numeric DEFAULT 2 NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "broadcast_schedules_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"materials_id" integer
  );
  
  ALTER TABLE "materials" ADD COLUMN "reading_script" varchar;
  ALTER TABLE "_materials_v" ADD COLUMN "version_reading_script" varchar;
  ALTER TABLE "media" ADD COLUMN "broadcast_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "broadcast_loudness" numeric;
  ALTER TABLE "media" ADD COLUMN "broadcast_true_peak" numeric;
  ALTER TABLE "media" ADD COLUMN "broadcast_duration_seconds" numeric;
  ALTER TABLE "media" ADD COLUMN "broadcast_bit_rate" numeric;
  ALTER TABLE "media" ADD COLUMN "broadcast_filesize" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "broadcast_schedules_id" integer;
  ALTER TABLE "broadcast_schedules_weekdays" ADD CONSTRAINT "broadcast_schedules_weekdays_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."broadcast_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "broadcast_schedules_dates" ADD CONSTRAINT "broadcast_schedules_dates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."broadcast_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "broadcast_schedules_confirmations" ADD CONSTRAINT "broadcast_schedules_confirmations_activity_id_outreach_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."outreach_activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "broadcast_schedules_confirmations" ADD CONSTRAINT "broadcast_schedules_confirmations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."broadcast_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "broadcast_schedules" ADD CONSTRAINT "broadcast_schedules_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "broadcast_schedules_rels" ADD CONSTRAINT "broadcast_schedules_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."broadcast_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "broadcast_schedules_rels" ADD CONSTRAINT "broadcast_schedules_rels_materials_fk" FOREIGN KEY ("materials_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "broadcast_schedules_weekdays_order_idx" ON "broadcast_schedules_weekdays" USING btree ("order");
  CREATE INDEX "broadcast_schedules_weekdays_parent_idx" ON "broadcast_schedules_weekdays" USING btree ("parent_id");
  CREATE INDEX "broadcast_schedules_dates_order_idx" ON "broadcast_schedules_dates" USING btree ("_order");
  CREATE INDEX "broadcast_schedules_dates_parent_id_idx" ON "broadcast_schedules_dates" USING btree ("_parent_id");
  CREATE INDEX "broadcast_schedules_confirmations_order_idx" ON "broadcast_schedules_confirmations" USING btree ("_order");
  CREATE INDEX "broadcast_schedules_confirmations_parent_id_idx" ON "broadcast_schedules_confirmations" USING btree ("_parent_id");
  CREATE INDEX "broadcast_schedules_confirmations_activity_idx" ON "broadcast_schedules_confirmations" USING btree ("activity_id");
  CREATE INDEX "broadcast_schedules_unit_idx" ON "broadcast_schedules" USING btree ("unit_id");
  CREATE INDEX "broadcast_schedules_updated_at_idx" ON "broadcast_schedules" USING btree ("updated_at");
  CREATE INDEX "broadcast_schedules_created_at_idx" ON "broadcast_schedules" USING btree ("created_at");
  CREATE INDEX "broadcast_schedules_rels_order_idx" ON "broadcast_schedules_rels" USING btree ("order");
  CREATE INDEX "broadcast_schedules_rels_parent_idx" ON "broadcast_schedules_rels" USING btree ("parent_id");
  CREATE INDEX "broadcast_schedules_rels_path_idx" ON "broadcast_schedules_rels" USING btree ("path");
  CREATE INDEX "broadcast_schedules_rels_materials_id_idx" ON "broadcast_schedules_rels" USING btree ("materials_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_broadcast_schedules_fk" FOREIGN KEY ("broadcast_schedules_id") REFERENCES "public"."broadcast_schedules"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_broadcast_schedules_id_idx" ON "payload_locked_documents_rels" USING btree ("broadcast_schedules_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "broadcast_schedules_weekdays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "broadcast_schedules_dates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "broadcast_schedules_confirmations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "broadcast_schedules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "broadcast_schedules_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "broadcast_schedules_weekdays" CASCADE;
  DROP TABLE "broadcast_schedules_dates" CASCADE;
  DROP TABLE "broadcast_schedules_confirmations" CASCADE;
  DROP TABLE "broadcast_schedules" CASCADE;
  DROP TABLE "broadcast_schedules_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_broadcast_schedules_fk";
  
  DROP INDEX "payload_locked_documents_rels_broadcast_schedules_id_idx";
  ALTER TABLE "materials" DROP COLUMN "reading_script";
  ALTER TABLE "_materials_v" DROP COLUMN "version_reading_script";
  ALTER TABLE "media" DROP COLUMN "broadcast_filename";
  ALTER TABLE "media" DROP COLUMN "broadcast_loudness";
  ALTER TABLE "media" DROP COLUMN "broadcast_true_peak";
  ALTER TABLE "media" DROP COLUMN "broadcast_duration_seconds";
  ALTER TABLE "media" DROP COLUMN "broadcast_bit_rate";
  ALTER TABLE "media" DROP COLUMN "broadcast_filesize";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "broadcast_schedules_id";
  DROP TYPE "public"."enum_broadcast_schedules_weekdays";`)
}
