import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "materials" ADD COLUMN "external_video" varchar;
  ALTER TABLE "_materials_v" ADD COLUMN "version_external_video" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "materials" DROP COLUMN "external_video";
  ALTER TABLE "_materials_v" DROP COLUMN "version_external_video";`)
}
