import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`social_zalo_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`social_facebook_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`social_story_filename\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`social_zalo_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`social_facebook_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`social_story_filename\`;`)
}
