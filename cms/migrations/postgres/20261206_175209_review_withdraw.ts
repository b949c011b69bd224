import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_materials_review_log_action" ADD VALUE 'withdraw';
  ALTER TYPE "public"."enum__materials_v_version_review_log_action" ADD VALUE 'withdraw';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'withdraw' BEFORE 'publish';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "materials_review_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_materials_review_log_action";
  CREATE TYPE "public"."enum_materials_review_log_action" AS ENUM('submit', 'return', 'approve');
  ALTER TABLE "materials_review_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_materials_review_log_action" USING "action"::"public"."enum_materials_review_log_action";
  ALTER TABLE "_materials_v_version_review_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum__materials_v_version_review_log_action";
  CREATE TYPE "public"."enum__materials_v_version_review_log_action" AS ENUM('submit', 'return', 'approve');
  ALTER TABLE "_materials_v_version_review_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum__materials_v_version_review_log_action" USING "action"::"public"."enum__materials_v_version_review_log_action";
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'submit', 'approve', 'return', 'publish', 'unpublish', 'expire', 'restore', 'delete', 'replace-upload', 'import');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";`)
}
