import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_feedback_kind" AS ENUM('question', 'mistake');
  CREATE TYPE "public"."enum_feedback_via" AS ENUM('js', 'no-js');
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('new', 'answered', 'answered-private', 'not-published');
  CREATE TYPE "public"."enum_feedback_reject_reason" AS ENUM('spam', 'personal-data', 'abuse', 'duplicate');
  CREATE TYPE "public"."enum_feedback_answer_state" AS ENUM('draft', 'pending', 'approved');
  ALTER TYPE "public"."enum_usage_counts_event" ADD VALUE 'helpful';
  ALTER TYPE "public"."enum_usage_counts_event" ADD VALUE 'not-helpful';
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"material_id" integer,
  	"procedure_id" integer,
  	"unit_id" integer,
  	"kind" "enum_feedback_kind" DEFAULT 'question' NOT NULL,
  	"text" varchar NOT NULL,
  	"public_text" varchar NOT NULL,
  	"personal_data" jsonb,
  	"flags" jsonb,
  	"name" varchar,
  	"wants_private_answer" boolean DEFAULT false,
  	"via" "enum_feedback_via",
  	"status" "enum_feedback_status" DEFAULT 'new' NOT NULL,
  	"reject_reason" "enum_feedback_reject_reason",
  	"answer" varchar,
  	"answer_state" "enum_feedback_answer_state",
  	"answered_by" varchar,
  	"answered_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback_contacts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"feedback_id" integer NOT NULL,
  	"contact" varchar NOT NULL,
  	"delete_after" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "usage_counts" ADD COLUMN "procedure_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feedback_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feedback_contacts_id" integer;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback_contacts" ADD CONSTRAINT "feedback_contacts_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "feedback_material_idx" ON "feedback" USING btree ("material_id");
  CREATE INDEX "feedback_procedure_idx" ON "feedback" USING btree ("procedure_id");
  CREATE INDEX "feedback_unit_idx" ON "feedback" USING btree ("unit_id");
  CREATE INDEX "feedback_status_idx" ON "feedback" USING btree ("status");
  CREATE INDEX "feedback_answer_state_idx" ON "feedback" USING btree ("answer_state");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "feedback_contacts_feedback_idx" ON "feedback_contacts" USING btree ("feedback_id");
  CREATE INDEX "feedback_contacts_delete_after_idx" ON "feedback_contacts" USING btree ("delete_after");
  CREATE INDEX "feedback_contacts_updated_at_idx" ON "feedback_contacts" USING btree ("updated_at");
  CREATE INDEX "feedback_contacts_created_at_idx" ON "feedback_contacts" USING btree ("created_at");
  ALTER TABLE "usage_counts" ADD CONSTRAINT "usage_counts_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_contacts_fk" FOREIGN KEY ("feedback_contacts_id") REFERENCES "public"."feedback_contacts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "usage_counts_procedure_idx" ON "usage_counts" USING btree ("procedure_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_contacts_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_contacts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feedback" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback_contacts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "feedback_contacts" CASCADE;
  ALTER TABLE "usage_counts" DROP CONSTRAINT "usage_counts_procedure_id_procedures_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feedback_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feedback_contacts_fk";
  
  ALTER TABLE "usage_counts" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_usage_counts_event";
  CREATE TYPE "public"."enum_usage_counts_event" AS ENUM('view', 'download', 'play', 'play75', 'embed-page', 'embed-widget', 'qr');
  ALTER TABLE "usage_counts" ALTER COLUMN "event" SET DATA TYPE "public"."enum_usage_counts_event" USING "event"::"public"."enum_usage_counts_event";
  DROP INDEX "usage_counts_procedure_idx";
  DROP INDEX "payload_locked_documents_rels_feedback_id_idx";
  DROP INDEX "payload_locked_documents_rels_feedback_contacts_id_idx";
  ALTER TABLE "usage_counts" DROP COLUMN "procedure_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feedback_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feedback_contacts_id";
  DROP TYPE "public"."enum_feedback_kind";
  DROP TYPE "public"."enum_feedback_via";
  DROP TYPE "public"."enum_feedback_status";
  DROP TYPE "public"."enum_feedback_reject_reason";
  DROP TYPE "public"."enum_feedback_answer_state";`)
}
