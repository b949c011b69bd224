import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "materials" ADD COLUMN "captions_id" integer;
  ALTER TABLE "_materials_v" ADD COLUMN "version_captions_id" integer;
  ALTER TABLE "media" ADD COLUMN "source_sha256" varchar;
  ALTER TABLE "materials" ADD CONSTRAINT "materials_captions_id_media_id_fk" FOREIGN KEY ("captions_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_materials_v" ADD CONSTRAINT "_materials_v_version_captions_id_media_id_fk" FOREIGN KEY ("version_captions_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "materials_captions_idx" ON "materials" USING btree ("captions_id");
  CREATE INDEX "_materials_v_version_version_captions_idx" ON "_materials_v" USING btree ("version_captions_id");
  CREATE INDEX "media_sha256_idx" ON "media" USING btree ("sha256");
  CREATE INDEX "media_source_sha256_idx" ON "media" USING btree ("source_sha256");`)
  // Captions used to be a WebVTT row among a video's or recording's downloads; the first one moves to its field.
  await db.execute(sql`
  UPDATE "materials" SET "captions_id" = (
    SELECT f."file_id" FROM "materials_files" f JOIN "media" m ON m."id" = f."file_id"
    WHERE f."_parent_id" = "materials"."id" AND m."mime_type" = 'text/vtt' ORDER BY f."_order" LIMIT 1
  ) WHERE "kind" IN ('video', 'audio');
  DELETE FROM "materials_files" f USING "materials" p WHERE p."id" = f."_parent_id" AND p."captions_id" = f."file_id";
  UPDATE "_materials_v" SET "version_captions_id" = (
    SELECT f."file_id" FROM "_materials_v_version_files" f JOIN "media" m ON m."id" = f."file_id"
    WHERE f."_parent_id" = "_materials_v"."id" AND m."mime_type" = 'text/vtt' ORDER BY f."_order" LIMIT 1
  ) WHERE "version_kind" IN ('video', 'audio');
  DELETE FROM "_materials_v_version_files" f USING "_materials_v" p
    WHERE p."id" = f."_parent_id" AND p."version_captions_id" = f."file_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "materials" DROP CONSTRAINT "materials_captions_id_media_id_fk";
  
  ALTER TABLE "_materials_v" DROP CONSTRAINT "_materials_v_version_captions_id_media_id_fk";
  
  DROP INDEX "materials_captions_idx";
  DROP INDEX "_materials_v_version_version_captions_idx";
  DROP INDEX "media_sha256_idx";
  DROP INDEX "media_source_sha256_idx";
  ALTER TABLE "materials" DROP COLUMN "captions_id";
  ALTER TABLE "_materials_v" DROP COLUMN "version_captions_id";
  ALTER TABLE "media" DROP COLUMN "source_sha256";`)
}
