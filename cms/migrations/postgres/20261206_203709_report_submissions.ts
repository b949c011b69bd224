import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_report_submissions_state" AS ENUM('draft', 'submitted');
  CREATE TABLE "report_submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"key" varchar,
  	"unit_id" integer NOT NULL,
  	"year" numeric NOT NULL,
  	"state" "enum_report_submissions_state" DEFAULT 'draft' NOT NULL,
  	"submitted_at" timestamp(3) with time zone,
  	"submitted_by_id" integer,
  	"notes_direction" varchar,
  	"notes_portal" varchar,
  	"notes_social" varchar,
  	"notes_grassroots" varchar,
  	"notes_print" varchar,
  	"notes_training" varchar,
  	"notes_school" varchar,
  	"notes_other" varchar,
  	"difficulties" varchar,
  	"proposals" varchar,
  	"document_number" varchar,
  	"signed_on" timestamp(3) with time zone,
  	"signer_title" varchar,
  	"signer_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_submissions_id" integer;
  ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "report_submissions_key_idx" ON "report_submissions" USING btree ("key");
  CREATE INDEX "report_submissions_unit_idx" ON "report_submissions" USING btree ("unit_id");
  CREATE INDEX "report_submissions_year_idx" ON "report_submissions" USING btree ("year");
  CREATE INDEX "report_submissions_submitted_by_idx" ON "report_submissions" USING btree ("submitted_by_id");
  CREATE INDEX "report_submissions_updated_at_idx" ON "report_submissions" USING btree ("updated_at");
  CREATE INDEX "report_submissions_created_at_idx" ON "report_submissions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_submissions_fk" FOREIGN KEY ("report_submissions_id") REFERENCES "public"."report_submissions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_report_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("report_submissions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "report_submissions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "report_submissions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_submissions_fk";
  
  DROP INDEX "payload_locked_documents_rels_report_submissions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_submissions_id";
  DROP TYPE "public"."enum_report_submissions_state";`)
}
