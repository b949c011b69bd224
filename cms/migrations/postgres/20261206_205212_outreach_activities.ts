import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_outreach_activities_review_log_action" AS ENUM('submit', 'return', 'approve', 'withdraw');
  CREATE TYPE "public"."enum_outreach_activities_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_outreach_activities_kind" AS ENUM('loudspeaker', 'conference', 'training-team', 'training-staff', 'print', 'portal-post', 'social-post', 'school', 'other');
  CREATE TYPE "public"."enum_outreach_activities_platform" AS ENUM('zalo', 'facebook', 'tiktok', 'other');
  CREATE TABLE "outreach_activities_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_outreach_activities_review_log_action" NOT NULL,
  	"by_id" integer,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"comment" varchar
  );
  
  CREATE TABLE "outreach_activities_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"url" varchar,
  	"caption" varchar
  );
  
  CREATE TABLE "outreach_activities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"review_state" "enum_outreach_activities_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"title" varchar,
  	"kind" "enum_outreach_activities_kind" NOT NULL,
  	"platform" "enum_outreach_activities_platform",
  	"start_date" timestamp(3) with time zone NOT NULL,
  	"end_date" timestamp(3) with time zone,
  	"unit_id" integer NOT NULL,
  	"reach_people" numeric,
  	"reach_copies" numeric,
  	"reach_minutes" numeric,
  	"reach_times" numeric,
  	"place" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "outreach_activities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"materials_id" integer
  );
  
  ALTER TABLE "media" ADD COLUMN "evidence_unit_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "outreach_activities_id" integer;
  ALTER TABLE "outreach_activities_review_log" ADD CONSTRAINT "outreach_activities_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_activities_review_log" ADD CONSTRAINT "outreach_activities_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."outreach_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_activities_evidence" ADD CONSTRAINT "outreach_activities_evidence_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_activities_evidence" ADD CONSTRAINT "outreach_activities_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."outreach_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_activities" ADD CONSTRAINT "outreach_activities_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_activities_rels" ADD CONSTRAINT "outreach_activities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outreach_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_activities_rels" ADD CONSTRAINT "outreach_activities_rels_materials_fk" FOREIGN KEY ("materials_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "outreach_activities_review_log_order_idx" ON "outreach_activities_review_log" USING btree ("_order");
  CREATE INDEX "outreach_activities_review_log_parent_id_idx" ON "outreach_activities_review_log" USING btree ("_parent_id");
  CREATE INDEX "outreach_activities_review_log_by_idx" ON "outreach_activities_review_log" USING btree ("by_id");
  CREATE INDEX "outreach_activities_evidence_order_idx" ON "outreach_activities_evidence" USING btree ("_order");
  CREATE INDEX "outreach_activities_evidence_parent_id_idx" ON "outreach_activities_evidence" USING btree ("_parent_id");
  CREATE INDEX "outreach_activities_evidence_file_idx" ON "outreach_activities_evidence" USING btree ("file_id");
  CREATE INDEX "outreach_activities_review_state_idx" ON "outreach_activities" USING btree ("review_state");
  CREATE INDEX "outreach_activities_kind_idx" ON "outreach_activities" USING btree ("kind");
  CREATE INDEX "outreach_activities_start_date_idx" ON "outreach_activities" USING btree ("start_date");
  CREATE INDEX "outreach_activities_unit_idx" ON "outreach_activities" USING btree ("unit_id");
  CREATE INDEX "outreach_activities_updated_at_idx" ON "outreach_activities" USING btree ("updated_at");
  CREATE INDEX "outreach_activities_created_at_idx" ON "outreach_activities" USING btree ("created_at");
  CREATE INDEX "outreach_activities_rels_order_idx" ON "outreach_activities_rels" USING btree ("order");
  CREATE INDEX "outreach_activities_rels_parent_idx" ON "outreach_activities_rels" USING btree ("parent_id");
  CREATE INDEX "outreach_activities_rels_path_idx" ON "outreach_activities_rels" USING btree ("path");
  CREATE INDEX "outreach_activities_rels_materials_id_idx" ON "outreach_activities_rels" USING btree ("materials_id");
  ALTER TABLE "media" ADD CONSTRAINT "media_evidence_unit_id_units_id_fk" FOREIGN KEY ("evidence_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outreach_activities_fk" FOREIGN KEY ("outreach_activities_id") REFERENCES "public"."outreach_activities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_evidence_unit_idx" ON "media" USING btree ("evidence_unit_id");
  CREATE INDEX "payload_locked_documents_rels_outreach_activities_id_idx" ON "payload_locked_documents_rels" USING btree ("outreach_activities_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "outreach_activities_review_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outreach_activities_evidence" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outreach_activities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outreach_activities_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "outreach_activities_review_log" CASCADE;
  DROP TABLE "outreach_activities_evidence" CASCADE;
  DROP TABLE "outreach_activities" CASCADE;
  DROP TABLE "outreach_activities_rels" CASCADE;
  ALTER TABLE "media" DROP CONSTRAINT "media_evidence_unit_id_units_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_outreach_activities_fk";
  
  DROP INDEX "media_evidence_unit_idx";
  DROP INDEX "payload_locked_documents_rels_outreach_activities_id_idx";
  ALTER TABLE "media" DROP COLUMN "evidence_unit_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "outreach_activities_id";
  DROP TYPE "public"."enum_outreach_activities_review_log_action";
  DROP TYPE "public"."enum_outreach_activities_review_state";
  DROP TYPE "public"."enum_outreach_activities_kind";
  DROP TYPE "public"."enum_outreach_activities_platform";`)
}
