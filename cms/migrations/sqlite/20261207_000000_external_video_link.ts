import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`materials\` ADD \`external_video\` text;`)
  await db.run(sql`ALTER TABLE \`_materials_v\` ADD \`version_external_video\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`materials\` DROP COLUMN \`external_video\`;`)
  await db.run(sql`ALTER TABLE \`_materials_v\` DROP COLUMN \`version_external_video\`;`)
}
