import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "social_zalo_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "social_facebook_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "social_story_filename" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP COLUMN "social_zalo_filename";
  ALTER TABLE "media" DROP COLUMN "social_facebook_filename";
  ALTER TABLE "media" DROP COLUMN "social_story_filename";`)
}
