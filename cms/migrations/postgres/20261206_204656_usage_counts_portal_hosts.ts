import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_usage_counts_event" AS ENUM('view', 'download', 'play', 'play75', 'embed-page', 'embed-widget', 'qr');
  CREATE TABLE "units_portal_hosts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"host" varchar NOT NULL
  );
  
  CREATE TABLE "usage_counts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"day" varchar NOT NULL,
  	"material_id" integer,
  	"event" "enum_usage_counts_event" NOT NULL,
  	"file_id" integer,
  	"host" varchar DEFAULT '',
  	"count" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "usage_counts_id" integer;
  ALTER TABLE "units_portal_hosts" ADD CONSTRAINT "units_portal_hosts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "usage_counts" ADD CONSTRAINT "usage_counts_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "usage_counts" ADD CONSTRAINT "usage_counts_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "units_portal_hosts_order_idx" ON "units_portal_hosts" USING btree ("_order");
  CREATE INDEX "units_portal_hosts_parent_id_idx" ON "units_portal_hosts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "usage_counts_key_idx" ON "usage_counts" USING btree ("key");
  CREATE INDEX "usage_counts_day_idx" ON "usage_counts" USING btree ("day");
  CREATE INDEX "usage_counts_material_idx" ON "usage_counts" USING btree ("material_id");
  CREATE INDEX "usage_counts_file_idx" ON "usage_counts" USING btree ("file_id");
  CREATE INDEX "usage_counts_host_idx" ON "usage_counts" USING btree ("host");
  CREATE INDEX "usage_counts_updated_at_idx" ON "usage_counts" USING btree ("updated_at");
  CREATE INDEX "usage_counts_created_at_idx" ON "usage_counts" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_usage_counts_fk" FOREIGN KEY ("usage_counts_id") REFERENCES "public"."usage_counts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_usage_counts_id_idx" ON "payload_locked_documents_rels" USING btree ("usage_counts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "units_portal_hosts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "usage_counts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "units_portal_hosts" CASCADE;
  DROP TABLE "usage_counts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_usage_counts_fk";
  
  DROP INDEX "payload_locked_documents_rels_usage_counts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "usage_counts_id";
  DROP TYPE "public"."enum_usage_counts_event";`)
}
