import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "small_video_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "small_video_width" numeric;
  ALTER TABLE "media" ADD COLUMN "small_video_height" numeric;
  ALTER TABLE "media" ADD COLUMN "small_video_filesize" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP COLUMN "small_video_filename";
  ALTER TABLE "media" DROP COLUMN "small_video_width";
  ALTER TABLE "media" DROP COLUMN "small_video_height";
  ALTER TABLE "media" DROP COLUMN "small_video_filesize";`)
}
