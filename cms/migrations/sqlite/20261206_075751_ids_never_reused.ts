import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/** Collection tables whose deleted ids the audit trail remembers (table, collection slug). */
const RETIRED_ID_SOURCES: [string, string][] = [
  ['materials', 'materials'],
  ['media', 'media'],
  ['procedures', 'procedures'],
  ['units', 'units'],
  ['topics', 'topics'],
  ['audiences', 'audiences'],
  ['campaigns', 'campaigns'],
  ['users', 'users'],
]

/**
 * Hand-checked: drizzle-kit generated the table copies (every id column becomes
 * INTEGER PRIMARY KEY AUTOINCREMENT), cms/lib/migrate/runMigration.ts runs them
 * with foreign keys off in one transaction, and the end of up() is hand-written.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`CREATE TABLE \`__new__materials_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__materials_v_version_review_log\`("_order", "_parent_id", "id", "action", "by_id", "by_name", "at", "comment", "_uuid") SELECT "_order", "_parent_id", "id", "action", "by_id", "by_name", "at", "comment", "_uuid" FROM \`_materials_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_materials_v_version_review_log\`;`)
  await db.run(sql`ALTER TABLE \`__new__materials_v_version_review_log\` RENAME TO \`_materials_v_version_review_log\`;`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_review_log_order_idx\` ON \`_materials_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_review_log_parent_id_idx\` ON \`_materials_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_review_log_by_idx\` ON \`_materials_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__materials_v_version_files\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`label\` text,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__materials_v_version_files\`("_order", "_parent_id", "id", "label", "file_id", "_uuid") SELECT "_order", "_parent_id", "id", "label", "file_id", "_uuid" FROM \`_materials_v_version_files\`;`)
  await db.run(sql`DROP TABLE \`_materials_v_version_files\`;`)
  await db.run(sql`ALTER TABLE \`__new__materials_v_version_files\` RENAME TO \`_materials_v_version_files\`;`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_files_order_idx\` ON \`_materials_v_version_files\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_files_parent_id_idx\` ON \`_materials_v_version_files\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_files_file_idx\` ON \`_materials_v_version_files\` (\`file_id\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`original_name\` text,
  	\`alt\` text,
  	\`sha256\` text,
  	\`page_count\` numeric,
  	\`duration_seconds\` numeric,
  	\`format\` text,
  	\`preview_filename\` text,
  	\`preview_width\` numeric,
  	\`preview_height\` numeric,
  	\`processing_note\` text,
  	\`publicly_visible\` integer DEFAULT false,
  	\`uploaded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_w480_avif_url\` text,
  	\`sizes_w480_avif_width\` numeric,
  	\`sizes_w480_avif_height\` numeric,
  	\`sizes_w480_avif_mime_type\` text,
  	\`sizes_w480_avif_filesize\` numeric,
  	\`sizes_w480_avif_filename\` text,
  	\`sizes_w480_webp_url\` text,
  	\`sizes_w480_webp_width\` numeric,
  	\`sizes_w480_webp_height\` numeric,
  	\`sizes_w480_webp_mime_type\` text,
  	\`sizes_w480_webp_filesize\` numeric,
  	\`sizes_w480_webp_filename\` text,
  	\`sizes_w960_avif_url\` text,
  	\`sizes_w960_avif_width\` numeric,
  	\`sizes_w960_avif_height\` numeric,
  	\`sizes_w960_avif_mime_type\` text,
  	\`sizes_w960_avif_filesize\` numeric,
  	\`sizes_w960_avif_filename\` text,
  	\`sizes_w960_webp_url\` text,
  	\`sizes_w960_webp_width\` numeric,
  	\`sizes_w960_webp_height\` numeric,
  	\`sizes_w960_webp_mime_type\` text,
  	\`sizes_w960_webp_filesize\` numeric,
  	\`sizes_w960_webp_filename\` text,
  	\`sizes_w1600_avif_url\` text,
  	\`sizes_w1600_avif_width\` numeric,
  	\`sizes_w1600_avif_height\` numeric,
  	\`sizes_w1600_avif_mime_type\` text,
  	\`sizes_w1600_avif_filesize\` numeric,
  	\`sizes_w1600_avif_filename\` text,
  	\`sizes_w1600_webp_url\` text,
  	\`sizes_w1600_webp_width\` numeric,
  	\`sizes_w1600_webp_height\` numeric,
  	\`sizes_w1600_webp_mime_type\` text,
  	\`sizes_w1600_webp_filesize\` numeric,
  	\`sizes_w1600_webp_filename\` text,
  	\`sizes_w960_jpeg_url\` text,
  	\`sizes_w960_jpeg_width\` numeric,
  	\`sizes_w960_jpeg_height\` numeric,
  	\`sizes_w960_jpeg_mime_type\` text,
  	\`sizes_w960_jpeg_filesize\` numeric,
  	\`sizes_w960_jpeg_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "original_name", "alt", "sha256", "page_count", "duration_seconds", "format", "preview_filename", "preview_width", "preview_height", "processing_note", "publicly_visible", "uploaded_by_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_w480_avif_url", "sizes_w480_avif_width", "sizes_w480_avif_height", "sizes_w480_avif_mime_type", "sizes_w480_avif_filesize", "sizes_w480_avif_filename", "sizes_w480_webp_url", "sizes_w480_webp_width", "sizes_w480_webp_height", "sizes_w480_webp_mime_type", "sizes_w480_webp_filesize", "sizes_w480_webp_filename", "sizes_w960_avif_url", "sizes_w960_avif_width", "sizes_w960_avif_height", "sizes_w960_avif_mime_type", "sizes_w960_avif_filesize", "sizes_w960_avif_filename", "sizes_w960_webp_url", "sizes_w960_webp_width", "sizes_w960_webp_height", "sizes_w960_webp_mime_type", "sizes_w960_webp_filesize", "sizes_w960_webp_filename", "sizes_w1600_avif_url", "sizes_w1600_avif_width", "sizes_w1600_avif_height", "sizes_w1600_avif_mime_type", "sizes_w1600_avif_filesize", "sizes_w1600_avif_filename", "sizes_w1600_webp_url", "sizes_w1600_webp_width", "sizes_w1600_webp_height", "sizes_w1600_webp_mime_type", "sizes_w1600_webp_filesize", "sizes_w1600_webp_filename", "sizes_w960_jpeg_url", "sizes_w960_jpeg_width", "sizes_w960_jpeg_height", "sizes_w960_jpeg_mime_type", "sizes_w960_jpeg_filesize", "sizes_w960_jpeg_filename", "sizes_og_url", "sizes_og_width", "sizes_og_height", "sizes_og_mime_type", "sizes_og_filesize", "sizes_og_filename") SELECT "id", "original_name", "alt", "sha256", "page_count", "duration_seconds", "format", "preview_filename", "preview_width", "preview_height", "processing_note", "publicly_visible", "uploaded_by_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_w480_avif_url", "sizes_w480_avif_width", "sizes_w480_avif_height", "sizes_w480_avif_mime_type", "sizes_w480_avif_filesize", "sizes_w480_avif_filename", "sizes_w480_webp_url", "sizes_w480_webp_width", "sizes_w480_webp_height", "sizes_w480_webp_mime_type", "sizes_w480_webp_filesize", "sizes_w480_webp_filename", "sizes_w960_avif_url", "sizes_w960_avif_width", "sizes_w960_avif_height", "sizes_w960_avif_mime_type", "sizes_w960_avif_filesize", "sizes_w960_avif_filename", "sizes_w960_webp_url", "sizes_w960_webp_width", "sizes_w960_webp_height", "sizes_w960_webp_mime_type", "sizes_w960_webp_filesize", "sizes_w960_webp_filename", "sizes_w1600_avif_url", "sizes_w1600_avif_width", "sizes_w1600_avif_height", "sizes_w1600_avif_mime_type", "sizes_w1600_avif_filesize", "sizes_w1600_avif_filename", "sizes_w1600_webp_url", "sizes_w1600_webp_width", "sizes_w1600_webp_height", "sizes_w1600_webp_mime_type", "sizes_w1600_webp_filesize", "sizes_w1600_webp_filename", "sizes_w960_jpeg_url", "sizes_w960_jpeg_width", "sizes_w960_jpeg_height", "sizes_w960_jpeg_mime_type", "sizes_w960_jpeg_filesize", "sizes_w960_jpeg_filename", "sizes_og_url", "sizes_og_width", "sizes_og_height", "sizes_og_mime_type", "sizes_og_filesize", "sizes_og_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_publicly_visible_idx\` ON \`media\` (\`publicly_visible\`);`)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w480_avif_sizes_w480_avif_filename_idx\` ON \`media\` (\`sizes_w480_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w480_webp_sizes_w480_webp_filename_idx\` ON \`media\` (\`sizes_w480_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w960_avif_sizes_w960_avif_filename_idx\` ON \`media\` (\`sizes_w960_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w960_webp_sizes_w960_webp_filename_idx\` ON \`media\` (\`sizes_w960_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w1600_avif_sizes_w1600_avif_filename_idx\` ON \`media\` (\`sizes_w1600_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w1600_webp_sizes_w1600_webp_filename_idx\` ON \`media\` (\`sizes_w1600_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w960_jpeg_sizes_w960_jpeg_filename_idx\` ON \`media\` (\`sizes_w960_jpeg_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_procedures\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`field\` text NOT NULL,
  	\`online_level\` text NOT NULL,
  	\`implementing_level\` text NOT NULL,
  	\`withdrawn\` integer DEFAULT false,
  	\`withdrawn_at\` text,
  	\`national_portal_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procedures\`("id", "code", "name", "field", "online_level", "implementing_level", "withdrawn", "withdrawn_at", "national_portal_url", "updated_at", "created_at") SELECT "id", "code", "name", "field", "online_level", "implementing_level", "withdrawn", "withdrawn_at", "national_portal_url", "updated_at", "created_at" FROM \`procedures\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`ALTER TABLE \`__new_procedures\` RENAME TO \`procedures\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_code_idx\` ON \`procedures\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`procedures_field_idx\` ON \`procedures\` (\`field\`);`)
  await db.run(sql`CREATE INDEX \`procedures_withdrawn_idx\` ON \`procedures\` (\`withdrawn\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_at_idx\` ON \`procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_at_idx\` ON \`procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_units\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`slug\` text,
  	\`type\` text NOT NULL,
  	\`parent_id\` integer,
  	\`historical\` integer,
  	\`portal_url\` text,
  	\`contact_hotline\` text,
  	\`contact_email\` text,
  	\`contact_one_stop_address\` text,
  	\`contact_one_stop_hours\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_units\`("id", "name", "short_name", "slug", "type", "parent_id", "historical", "portal_url", "contact_hotline", "contact_email", "contact_one_stop_address", "contact_one_stop_hours", "updated_at", "created_at") SELECT "id", "name", "short_name", "slug", "type", "parent_id", "historical", "portal_url", "contact_hotline", "contact_email", "contact_one_stop_address", "contact_one_stop_hours", "updated_at", "created_at" FROM \`units\`;`)
  await db.run(sql`DROP TABLE \`units\`;`)
  await db.run(sql`ALTER TABLE \`__new_units\` RENAME TO \`units\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`units_slug_idx\` ON \`units\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`units_parent_idx\` ON \`units\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`units_updated_at_idx\` ON \`units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`units_created_at_idx\` ON \`units\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_topics\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`order\` numeric,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_topics\`("id", "name", "slug", "order", "description", "updated_at", "created_at") SELECT "id", "name", "slug", "order", "description", "updated_at", "created_at" FROM \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`ALTER TABLE \`__new_topics\` RENAME TO \`topics\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_audiences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_audiences\`("id", "name", "slug", "description", "updated_at", "created_at") SELECT "id", "name", "slug", "description", "updated_at", "created_at" FROM \`audiences\`;`)
  await db.run(sql`DROP TABLE \`audiences\`;`)
  await db.run(sql`ALTER TABLE \`__new_audiences\` RENAME TO \`audiences\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`audiences_slug_idx\` ON \`audiences\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`audiences_updated_at_idx\` ON \`audiences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audiences_created_at_idx\` ON \`audiences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_campaigns\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_campaigns\`("id", "name", "slug", "start_date", "end_date", "description", "updated_at", "created_at") SELECT "id", "name", "slug", "start_date", "end_date", "description", "updated_at", "created_at" FROM \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`ALTER TABLE \`__new_campaigns\` RENAME TO \`campaigns\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_expired_materials\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`slug\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`expired_at\` text NOT NULL,
  	\`material_id\` integer NOT NULL,
  	\`replacement_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`material_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`replacement_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_expired_materials\`("id", "slug", "title", "expired_at", "material_id", "replacement_id", "updated_at", "created_at") SELECT "id", "slug", "title", "expired_at", "material_id", "replacement_id", "updated_at", "created_at" FROM \`expired_materials\`;`)
  await db.run(sql`DROP TABLE \`expired_materials\`;`)
  await db.run(sql`ALTER TABLE \`__new_expired_materials\` RENAME TO \`expired_materials\`;`)
  await db.run(sql`CREATE INDEX \`expired_materials_slug_idx\` ON \`expired_materials\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`expired_materials_material_idx\` ON \`expired_materials\` (\`material_id\`);`)
  await db.run(sql`CREATE INDEX \`expired_materials_replacement_idx\` ON \`expired_materials\` (\`replacement_id\`);`)
  await db.run(sql`CREATE INDEX \`expired_materials_updated_at_idx\` ON \`expired_materials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`expired_materials_created_at_idx\` ON \`expired_materials\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`role\` text NOT NULL,
  	\`unit_id\` integer,
  	\`include_subunits\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "unit_id", "include_subunits", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "role", "unit_id", "include_subunits", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_unit_idx\` ON \`users\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_audit_log\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`title\` text,
  	\`user_id\` integer,
  	\`user_email\` text,
  	\`comment\` text,
  	\`detail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_audit_log\`("id", "at", "action", "collection", "doc_id", "title", "user_id", "user_email", "comment", "detail", "updated_at", "created_at") SELECT "id", "at", "action", "collection", "doc_id", "title", "user_id", "user_email", "comment", "detail", "updated_at", "created_at" FROM \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_audit_log\` RENAME TO \`audit_log\`;`)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_doc_id_idx\` ON \`audit_log\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_changes\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`scope\` text NOT NULL,
  	\`material\` text,
  	\`reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_changes\`("id", "scope", "material", "reason", "updated_at", "created_at") SELECT "id", "scope", "material", "reason", "updated_at", "created_at" FROM \`site_changes\`;`)
  await db.run(sql`DROP TABLE \`site_changes\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_changes\` RENAME TO \`site_changes\`;`)
  await db.run(sql`CREATE INDEX \`site_changes_material_idx\` ON \`site_changes\` (\`material\`);`)
  await db.run(sql`CREATE INDEX \`site_changes_updated_at_idx\` ON \`site_changes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_changes_created_at_idx\` ON \`site_changes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_kv\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_kv\`("id", "key", "data") SELECT "id", "key", "data" FROM \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_kv\` RENAME TO \`payload_kv\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs\`("id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "concurrency_key", "meta", "updated_at", "created_at") SELECT "id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "concurrency_key", "meta", "updated_at", "created_at" FROM \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs\` RENAME TO \`payload_jobs\`;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents\`("id", "global_slug", "updated_at", "created_at") SELECT "id", "global_slug", "updated_at", "created_at" FROM \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents\` RENAME TO \`payload_locked_documents\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences\`("id", "key", "value", "updated_at", "created_at") SELECT "id", "key", "value", "updated_at", "created_at" FROM \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences\` RENAME TO \`payload_preferences\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_migrations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_migrations\`("id", "name", "batch", "updated_at", "created_at") SELECT "id", "name", "batch", "updated_at", "created_at" FROM \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_migrations\` RENAME TO \`payload_migrations\`;`)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_status\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`last_success_at\` text,
  	\`last_success_seconds\` numeric,
  	\`last_success_pages\` numeric,
  	\`last_success_rendered_pages\` numeric,
  	\`last_success_mode\` text,
  	\`last_success_materials\` numeric,
  	\`running_since\` text,
  	\`running_mode\` text,
  	\`last_error_at\` text,
  	\`last_error_message\` text,
  	\`last_error_log\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_status\`("id", "last_success_at", "last_success_seconds", "last_success_pages", "last_success_rendered_pages", "last_success_mode", "last_success_materials", "running_since", "running_mode", "last_error_at", "last_error_message", "last_error_log", "updated_at", "created_at") SELECT "id", "last_success_at", "last_success_seconds", "last_success_pages", "last_success_rendered_pages", "last_success_mode", "last_success_materials", "running_since", "running_mode", "last_error_at", "last_error_message", "last_error_log", "updated_at", "created_at" FROM \`site_status\`;`)
  await db.run(sql`DROP TABLE \`site_status\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_status\` RENAME TO \`site_status\`;`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs_stats\`("id", "stats", "updated_at", "created_at") SELECT "id", "stats", "updated_at", "created_at" FROM \`payload_jobs_stats\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs_stats\` RENAME TO \`payload_jobs_stats\`;`)
  // Ids deleted before this upgrade stay retired too: each collection's sequence
  // starts above the highest id its audit trail has ever recorded (the copies
  // above already set it to the highest id still present).
  for (const [table, collection] of RETIRED_ID_SOURCES) {
    const highest = sql`(SELECT COALESCE(MAX(CAST(\`doc_id\` AS INTEGER)), 0) FROM \`audit_log\` WHERE \`collection\` = ${collection})`
    await db.run(sql`UPDATE \`sqlite_sequence\` SET \`seq\` = MAX(\`seq\`, ${highest}) WHERE \`name\` = ${table}`)
    await db.run(
      sql`INSERT INTO \`sqlite_sequence\` (\`name\`, \`seq\`) SELECT ${table}, ${highest} WHERE ${highest} > 0 AND NOT EXISTS (SELECT 1 FROM \`sqlite_sequence\` WHERE \`name\` = ${table})`,
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_materials\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  await db.run(sql`CREATE TABLE \`__new__materials_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__materials_v_version_review_log\`("_order", "_parent_id", "id", "action", "by_id", "by_name", "at", "comment", "_uuid") SELECT "_order", "_parent_id", "id", "action", "by_id", "by_name", "at", "comment", "_uuid" FROM \`_materials_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_materials_v_version_review_log\`;`)
  await db.run(sql`ALTER TABLE \`__new__materials_v_version_review_log\` RENAME TO \`_materials_v_version_review_log\`;`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_review_log_order_idx\` ON \`_materials_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_review_log_parent_id_idx\` ON \`_materials_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_review_log_by_idx\` ON \`_materials_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__materials_v_version_files\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__materials_v_version_files\`("_order", "_parent_id", "id", "label", "file_id", "_uuid") SELECT "_order", "_parent_id", "id", "label", "file_id", "_uuid" FROM \`_materials_v_version_files\`;`)
  await db.run(sql`DROP TABLE \`_materials_v_version_files\`;`)
  await db.run(sql`ALTER TABLE \`__new__materials_v_version_files\` RENAME TO \`_materials_v_version_files\`;`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_files_order_idx\` ON \`_materials_v_version_files\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_files_parent_id_idx\` ON \`_materials_v_version_files\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_files_file_idx\` ON \`_materials_v_version_files\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__materials_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`original_name\` text,
  	\`alt\` text,
  	\`sha256\` text,
  	\`page_count\` numeric,
  	\`duration_seconds\` numeric,
  	\`format\` text,
  	\`preview_filename\` text,
  	\`preview_width\` numeric,
  	\`preview_height\` numeric,
  	\`processing_note\` text,
  	\`publicly_visible\` integer DEFAULT false,
  	\`uploaded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_w480_avif_url\` text,
  	\`sizes_w480_avif_width\` numeric,
  	\`sizes_w480_avif_height\` numeric,
  	\`sizes_w480_avif_mime_type\` text,
  	\`sizes_w480_avif_filesize\` numeric,
  	\`sizes_w480_avif_filename\` text,
  	\`sizes_w480_webp_url\` text,
  	\`sizes_w480_webp_width\` numeric,
  	\`sizes_w480_webp_height\` numeric,
  	\`sizes_w480_webp_mime_type\` text,
  	\`sizes_w480_webp_filesize\` numeric,
  	\`sizes_w480_webp_filename\` text,
  	\`sizes_w960_avif_url\` text,
  	\`sizes_w960_avif_width\` numeric,
  	\`sizes_w960_avif_height\` numeric,
  	\`sizes_w960_avif_mime_type\` text,
  	\`sizes_w960_avif_filesize\` numeric,
  	\`sizes_w960_avif_filename\` text,
  	\`sizes_w960_webp_url\` text,
  	\`sizes_w960_webp_width\` numeric,
  	\`sizes_w960_webp_height\` numeric,
  	\`sizes_w960_webp_mime_type\` text,
  	\`sizes_w960_webp_filesize\` numeric,
  	\`sizes_w960_webp_filename\` text,
  	\`sizes_w1600_avif_url\` text,
  	\`sizes_w1600_avif_width\` numeric,
  	\`sizes_w1600_avif_height\` numeric,
  	\`sizes_w1600_avif_mime_type\` text,
  	\`sizes_w1600_avif_filesize\` numeric,
  	\`sizes_w1600_avif_filename\` text,
  	\`sizes_w1600_webp_url\` text,
  	\`sizes_w1600_webp_width\` numeric,
  	\`sizes_w1600_webp_height\` numeric,
  	\`sizes_w1600_webp_mime_type\` text,
  	\`sizes_w1600_webp_filesize\` numeric,
  	\`sizes_w1600_webp_filename\` text,
  	\`sizes_w960_jpeg_url\` text,
  	\`sizes_w960_jpeg_width\` numeric,
  	\`sizes_w960_jpeg_height\` numeric,
  	\`sizes_w960_jpeg_mime_type\` text,
  	\`sizes_w960_jpeg_filesize\` numeric,
  	\`sizes_w960_jpeg_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "original_name", "alt", "sha256", "page_count", "duration_seconds", "format", "preview_filename", "preview_width", "preview_height", "processing_note", "publicly_visible", "uploaded_by_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_w480_avif_url", "sizes_w480_avif_width", "sizes_w480_avif_height", "sizes_w480_avif_mime_type", "sizes_w480_avif_filesize", "sizes_w480_avif_filename", "sizes_w480_webp_url", "sizes_w480_webp_width", "sizes_w480_webp_height", "sizes_w480_webp_mime_type", "sizes_w480_webp_filesize", "sizes_w480_webp_filename", "sizes_w960_avif_url", "sizes_w960_avif_width", "sizes_w960_avif_height", "sizes_w960_avif_mime_type", "sizes_w960_avif_filesize", "sizes_w960_avif_filename", "sizes_w960_webp_url", "sizes_w960_webp_width", "sizes_w960_webp_height", "sizes_w960_webp_mime_type", "sizes_w960_webp_filesize", "sizes_w960_webp_filename", "sizes_w1600_avif_url", "sizes_w1600_avif_width", "sizes_w1600_avif_height", "sizes_w1600_avif_mime_type", "sizes_w1600_avif_filesize", "sizes_w1600_avif_filename", "sizes_w1600_webp_url", "sizes_w1600_webp_width", "sizes_w1600_webp_height", "sizes_w1600_webp_mime_type", "sizes_w1600_webp_filesize", "sizes_w1600_webp_filename", "sizes_w960_jpeg_url", "sizes_w960_jpeg_width", "sizes_w960_jpeg_height", "sizes_w960_jpeg_mime_type", "sizes_w960_jpeg_filesize", "sizes_w960_jpeg_filename", "sizes_og_url", "sizes_og_width", "sizes_og_height", "sizes_og_mime_type", "sizes_og_filesize", "sizes_og_filename") SELECT "id", "original_name", "alt", "sha256", "page_count", "duration_seconds", "format", "preview_filename", "preview_width", "preview_height", "processing_note", "publicly_visible", "uploaded_by_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_w480_avif_url", "sizes_w480_avif_width", "sizes_w480_avif_height", "sizes_w480_avif_mime_type", "sizes_w480_avif_filesize", "sizes_w480_avif_filename", "sizes_w480_webp_url", "sizes_w480_webp_width", "sizes_w480_webp_height", "sizes_w480_webp_mime_type", "sizes_w480_webp_filesize", "sizes_w480_webp_filename", "sizes_w960_avif_url", "sizes_w960_avif_width", "sizes_w960_avif_height", "sizes_w960_avif_mime_type", "sizes_w960_avif_filesize", "sizes_w960_avif_filename", "sizes_w960_webp_url", "sizes_w960_webp_width", "sizes_w960_webp_height", "sizes_w960_webp_mime_type", "sizes_w960_webp_filesize", "sizes_w960_webp_filename", "sizes_w1600_avif_url", "sizes_w1600_avif_width", "sizes_w1600_avif_height", "sizes_w1600_avif_mime_type", "sizes_w1600_avif_filesize", "sizes_w1600_avif_filename", "sizes_w1600_webp_url", "sizes_w1600_webp_width", "sizes_w1600_webp_height", "sizes_w1600_webp_mime_type", "sizes_w1600_webp_filesize", "sizes_w1600_webp_filename", "sizes_w960_jpeg_url", "sizes_w960_jpeg_width", "sizes_w960_jpeg_height", "sizes_w960_jpeg_mime_type", "sizes_w960_jpeg_filesize", "sizes_w960_jpeg_filename", "sizes_og_url", "sizes_og_width", "sizes_og_height", "sizes_og_mime_type", "sizes_og_filesize", "sizes_og_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_publicly_visible_idx\` ON \`media\` (\`publicly_visible\`);`)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w480_avif_sizes_w480_avif_filename_idx\` ON \`media\` (\`sizes_w480_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w480_webp_sizes_w480_webp_filename_idx\` ON \`media\` (\`sizes_w480_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w960_avif_sizes_w960_avif_filename_idx\` ON \`media\` (\`sizes_w960_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w960_webp_sizes_w960_webp_filename_idx\` ON \`media\` (\`sizes_w960_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w1600_avif_sizes_w1600_avif_filename_idx\` ON \`media\` (\`sizes_w1600_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w1600_webp_sizes_w1600_webp_filename_idx\` ON \`media\` (\`sizes_w1600_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w960_jpeg_sizes_w960_jpeg_filename_idx\` ON \`media\` (\`sizes_w960_jpeg_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_procedures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`field\` text NOT NULL,
  	\`online_level\` text NOT NULL,
  	\`implementing_level\` text NOT NULL,
  	\`withdrawn\` integer DEFAULT false,
  	\`withdrawn_at\` text,
  	\`national_portal_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procedures\`("id", "code", "name", "field", "online_level", "implementing_level", "withdrawn", "withdrawn_at", "national_portal_url", "updated_at", "created_at") SELECT "id", "code", "name", "field", "online_level", "implementing_level", "withdrawn", "withdrawn_at", "national_portal_url", "updated_at", "created_at" FROM \`procedures\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`ALTER TABLE \`__new_procedures\` RENAME TO \`procedures\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_code_idx\` ON \`procedures\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`procedures_field_idx\` ON \`procedures\` (\`field\`);`)
  await db.run(sql`CREATE INDEX \`procedures_withdrawn_idx\` ON \`procedures\` (\`withdrawn\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_at_idx\` ON \`procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_at_idx\` ON \`procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_units\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`slug\` text,
  	\`type\` text NOT NULL,
  	\`parent_id\` integer,
  	\`historical\` integer,
  	\`portal_url\` text,
  	\`contact_hotline\` text,
  	\`contact_email\` text,
  	\`contact_one_stop_address\` text,
  	\`contact_one_stop_hours\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_units\`("id", "name", "short_name", "slug", "type", "parent_id", "historical", "portal_url", "contact_hotline", "contact_email", "contact_one_stop_address", "contact_one_stop_hours", "updated_at", "created_at") SELECT "id", "name", "short_name", "slug", "type", "parent_id", "historical", "portal_url", "contact_hotline", "contact_email", "contact_one_stop_address", "contact_one_stop_hours", "updated_at", "created_at" FROM \`units\`;`)
  await db.run(sql`DROP TABLE \`units\`;`)
  await db.run(sql`ALTER TABLE \`__new_units\` RENAME TO \`units\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`units_slug_idx\` ON \`units\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`units_parent_idx\` ON \`units\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`units_updated_at_idx\` ON \`units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`units_created_at_idx\` ON \`units\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`order\` numeric,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_topics\`("id", "name", "slug", "order", "description", "updated_at", "created_at") SELECT "id", "name", "slug", "order", "description", "updated_at", "created_at" FROM \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`ALTER TABLE \`__new_topics\` RENAME TO \`topics\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_audiences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_audiences\`("id", "name", "slug", "description", "updated_at", "created_at") SELECT "id", "name", "slug", "description", "updated_at", "created_at" FROM \`audiences\`;`)
  await db.run(sql`DROP TABLE \`audiences\`;`)
  await db.run(sql`ALTER TABLE \`__new_audiences\` RENAME TO \`audiences\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`audiences_slug_idx\` ON \`audiences\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`audiences_updated_at_idx\` ON \`audiences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audiences_created_at_idx\` ON \`audiences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_campaigns\`("id", "name", "slug", "start_date", "end_date", "description", "updated_at", "created_at") SELECT "id", "name", "slug", "start_date", "end_date", "description", "updated_at", "created_at" FROM \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`ALTER TABLE \`__new_campaigns\` RENAME TO \`campaigns\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_expired_materials\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`expired_at\` text NOT NULL,
  	\`material_id\` integer NOT NULL,
  	\`replacement_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`material_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`replacement_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_expired_materials\`("id", "slug", "title", "expired_at", "material_id", "replacement_id", "updated_at", "created_at") SELECT "id", "slug", "title", "expired_at", "material_id", "replacement_id", "updated_at", "created_at" FROM \`expired_materials\`;`)
  await db.run(sql`DROP TABLE \`expired_materials\`;`)
  await db.run(sql`ALTER TABLE \`__new_expired_materials\` RENAME TO \`expired_materials\`;`)
  await db.run(sql`CREATE INDEX \`expired_materials_slug_idx\` ON \`expired_materials\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`expired_materials_material_idx\` ON \`expired_materials\` (\`material_id\`);`)
  await db.run(sql`CREATE INDEX \`expired_materials_replacement_idx\` ON \`expired_materials\` (\`replacement_id\`);`)
  await db.run(sql`CREATE INDEX \`expired_materials_updated_at_idx\` ON \`expired_materials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`expired_materials_created_at_idx\` ON \`expired_materials\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text NOT NULL,
  	\`unit_id\` integer,
  	\`include_subunits\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "unit_id", "include_subunits", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "role", "unit_id", "include_subunits", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_unit_idx\` ON \`users\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`title\` text,
  	\`user_id\` integer,
  	\`user_email\` text,
  	\`comment\` text,
  	\`detail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_audit_log\`("id", "at", "action", "collection", "doc_id", "title", "user_id", "user_email", "comment", "detail", "updated_at", "created_at") SELECT "id", "at", "action", "collection", "doc_id", "title", "user_id", "user_email", "comment", "detail", "updated_at", "created_at" FROM \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_audit_log\` RENAME TO \`audit_log\`;`)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_doc_id_idx\` ON \`audit_log\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_changes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`scope\` text NOT NULL,
  	\`material\` text,
  	\`reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_changes\`("id", "scope", "material", "reason", "updated_at", "created_at") SELECT "id", "scope", "material", "reason", "updated_at", "created_at" FROM \`site_changes\`;`)
  await db.run(sql`DROP TABLE \`site_changes\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_changes\` RENAME TO \`site_changes\`;`)
  await db.run(sql`CREATE INDEX \`site_changes_material_idx\` ON \`site_changes\` (\`material\`);`)
  await db.run(sql`CREATE INDEX \`site_changes_updated_at_idx\` ON \`site_changes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_changes_created_at_idx\` ON \`site_changes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_kv\`("id", "key", "data") SELECT "id", "key", "data" FROM \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_kv\` RENAME TO \`payload_kv\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs\`("id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "concurrency_key", "meta", "updated_at", "created_at") SELECT "id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "concurrency_key", "meta", "updated_at", "created_at" FROM \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs\` RENAME TO \`payload_jobs\`;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents\`("id", "global_slug", "updated_at", "created_at") SELECT "id", "global_slug", "updated_at", "created_at" FROM \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents\` RENAME TO \`payload_locked_documents\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences\`("id", "key", "value", "updated_at", "created_at") SELECT "id", "key", "value", "updated_at", "created_at" FROM \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences\` RENAME TO \`payload_preferences\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_migrations\`("id", "name", "batch", "updated_at", "created_at") SELECT "id", "name", "batch", "updated_at", "created_at" FROM \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_migrations\` RENAME TO \`payload_migrations\`;`)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_status\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`last_success_at\` text,
  	\`last_success_seconds\` numeric,
  	\`last_success_pages\` numeric,
  	\`last_success_rendered_pages\` numeric,
  	\`last_success_mode\` text,
  	\`last_success_materials\` numeric,
  	\`running_since\` text,
  	\`running_mode\` text,
  	\`last_error_at\` text,
  	\`last_error_message\` text,
  	\`last_error_log\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_status\`("id", "last_success_at", "last_success_seconds", "last_success_pages", "last_success_rendered_pages", "last_success_mode", "last_success_materials", "running_since", "running_mode", "last_error_at", "last_error_message", "last_error_log", "updated_at", "created_at") SELECT "id", "last_success_at", "last_success_seconds", "last_success_pages", "last_success_rendered_pages", "last_success_mode", "last_success_materials", "running_since", "running_mode", "last_error_at", "last_error_message", "last_error_log", "updated_at", "created_at" FROM \`site_status\`;`)
  await db.run(sql`DROP TABLE \`site_status\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_status\` RENAME TO \`site_status\`;`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs_stats\`("id", "stats", "updated_at", "created_at") SELECT "id", "stats", "updated_at", "created_at" FROM \`payload_jobs_stats\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs_stats\` RENAME TO \`payload_jobs_stats\`;`)
}
