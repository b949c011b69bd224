import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`materials\` ADD \`needs_native_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_materials_v\` ADD \`version_needs_native_review\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`materials\` DROP COLUMN \`needs_native_review\`;`)
  await db.run(sql`ALTER TABLE \`_materials_v\` DROP COLUMN \`version_needs_native_review\`;`)
}
