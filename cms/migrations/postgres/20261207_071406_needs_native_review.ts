import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "materials" ADD COLUMN "needs_native_review" boolean DEFAULT false;
  ALTER TABLE "_materials_v" ADD COLUMN "version_needs_native_review" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "materials" DROP COLUMN "needs_native_review";
  ALTER TABLE "_materials_v" DROP COLUMN "version_needs_native_review";`)
}
