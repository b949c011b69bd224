import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`small_video_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`small_video_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`small_video_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`small_video_filesize\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`small_video_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`small_video_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`small_video_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`small_video_filesize\`;`)
}
