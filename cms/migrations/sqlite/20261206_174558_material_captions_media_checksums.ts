import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`materials\` ADD \`captions_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`materials_captions_idx\` ON \`materials\` (\`captions_id\`);`)
  await db.run(sql`ALTER TABLE \`_materials_v\` ADD \`version_captions_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_captions_idx\` ON \`_materials_v\` (\`version_captions_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`source_sha256\` text;`)
  await db.run(sql`CREATE INDEX \`media_sha256_idx\` ON \`media\` (\`sha256\`);`)
  await db.run(sql`CREATE INDEX \`media_source_sha256_idx\` ON \`media\` (\`source_sha256\`);`)
  // Captions used to be a WebVTT row among a video's or recording's downloads; the first one moves to its field.
  await db.run(sql`UPDATE \`materials\` SET \`captions_id\` = (
    SELECT f.\`file_id\` FROM \`materials_files\` f JOIN \`media\` m ON m.\`id\` = f.\`file_id\`
    WHERE f.\`_parent_id\` = \`materials\`.\`id\` AND m.\`mime_type\` = 'text/vtt' ORDER BY f.\`_order\` LIMIT 1
  ) WHERE \`kind\` IN ('video', 'audio');`)
  await db.run(sql`DELETE FROM \`materials_files\` WHERE EXISTS (
    SELECT 1 FROM \`materials\` p WHERE p.\`id\` = \`materials_files\`.\`_parent_id\` AND p.\`captions_id\` = \`materials_files\`.\`file_id\`
  );`)
  await db.run(sql`UPDATE \`_materials_v\` SET \`version_captions_id\` = (
    SELECT f.\`file_id\` FROM \`_materials_v_version_files\` f JOIN \`media\` m ON m.\`id\` = f.\`file_id\`
    WHERE f.\`_parent_id\` = \`_materials_v\`.\`id\` AND m.\`mime_type\` = 'text/vtt' ORDER BY f.\`_order\` LIMIT 1
  ) WHERE \`version_kind\` IN ('video', 'audio');`)
  await db.run(sql`DELETE FROM \`_materials_v_version_files\` WHERE EXISTS (
    SELECT 1 FROM \`_materials_v\` p WHERE p.\`id\` = \`_materials_v_version_files\`.\`_parent_id\`
      AND p.\`version_captions_id\` = \`_materials_v_version_files\`.\`file_id\`
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_materials\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`title\` text,
  	\`slug\` text,
  	\`kind\` text,
  	\`language\` text DEFAULT 'vi',
  	\`translation_of_id\` integer,
  	\`summary\` text,
  	\`body\` text,
  	\`cover_image_id\` integer,
  	\`campaign_id\` integer,
  	\`owner_unit_id\` integer,
  	\`print_template\` integer DEFAULT false,
  	\`valid_from\` text,
  	\`valid_until\` text,
  	\`replaced_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`translation_of_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`replaced_by_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_materials\`("id", "workflow_status", "title", "slug", "kind", "language", "translation_of_id", "summary", "body", "cover_image_id", "campaign_id", "owner_unit_id", "print_template", "valid_from", "valid_until", "replaced_by_id", "updated_at", "created_at", "_status") SELECT "id", "workflow_status", "title", "slug", "kind", "language", "translation_of_id", "summary", "body", "cover_image_id", "campaign_id", "owner_unit_id", "print_template", "valid_from", "valid_until", "replaced_by_id", "updated_at", "created_at", "_status" FROM \`materials\`;`)
  await db.run(sql`DROP TABLE \`materials\`;`)
  await db.run(sql`ALTER TABLE \`__new_materials\` RENAME TO \`materials\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`materials_workflow_status_idx\` ON \`materials\` (\`workflow_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`materials_slug_idx\` ON \`materials\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`materials_kind_idx\` ON \`materials\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`materials_translation_of_idx\` ON \`materials\` (\`translation_of_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_cover_image_idx\` ON \`materials\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_campaign_idx\` ON \`materials\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_owner_unit_idx\` ON \`materials\` (\`owner_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_replaced_by_idx\` ON \`materials\` (\`replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_updated_at_idx\` ON \`materials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`materials_created_at_idx\` ON \`materials\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`materials__status_idx\` ON \`materials\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__materials_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_language\` text DEFAULT 'vi',
  	\`version_translation_of_id\` integer,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_cover_image_id\` integer,
  	\`version_campaign_id\` integer,
  	\`version_owner_unit_id\` integer,
  	\`version_print_template\` integer DEFAULT false,
  	\`version_valid_from\` text,
  	\`version_valid_until\` text,
  	\`version_replaced_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_translation_of_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_replaced_by_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__materials_v\`("id", "parent_id", "version_workflow_status", "version_title", "version_slug", "version_kind", "version_language", "version_translation_of_id", "version_summary", "version_body", "version_cover_image_id", "version_campaign_id", "version_owner_unit_id", "version_print_template", "version_valid_from", "version_valid_until", "version_replaced_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_workflow_status", "version_title", "version_slug", "version_kind", "version_language", "version_translation_of_id", "version_summary", "version_body", "version_cover_image_id", "version_campaign_id", "version_owner_unit_id", "version_print_template", "version_valid_from", "version_valid_until", "version_replaced_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_materials_v\`;`)
  await db.run(sql`DROP TABLE \`_materials_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__materials_v\` RENAME TO \`_materials_v\`;`)
  await db.run(sql`CREATE INDEX \`_materials_v_parent_idx\` ON \`_materials_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_workflow_status_idx\` ON \`_materials_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_slug_idx\` ON \`_materials_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_kind_idx\` ON \`_materials_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_translation_of_idx\` ON \`_materials_v\` (\`version_translation_of_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_cover_image_idx\` ON \`_materials_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_campaign_idx\` ON \`_materials_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_owner_unit_idx\` ON \`_materials_v\` (\`version_owner_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_replaced_by_idx\` ON \`_materials_v\` (\`version_replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_updated_at_idx\` ON \`_materials_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_created_at_idx\` ON \`_materials_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version__status_idx\` ON \`_materials_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_created_at_idx\` ON \`_materials_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_updated_at_idx\` ON \`_materials_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_latest_idx\` ON \`_materials_v\` (\`latest\`);`)
  await db.run(sql`DROP INDEX \`media_sha256_idx\`;`)
  await db.run(sql`DROP INDEX \`media_source_sha256_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`source_sha256\`;`)
}
