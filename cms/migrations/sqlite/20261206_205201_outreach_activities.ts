import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`outreach_activities_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text NOT NULL,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`outreach_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`outreach_activities_review_log_order_idx\` ON \`outreach_activities_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`outreach_activities_review_log_parent_id_idx\` ON \`outreach_activities_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`outreach_activities_review_log_by_idx\` ON \`outreach_activities_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`outreach_activities_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`url\` text,
  	\`caption\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`outreach_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`outreach_activities_evidence_order_idx\` ON \`outreach_activities_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`outreach_activities_evidence_parent_id_idx\` ON \`outreach_activities_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`outreach_activities_evidence_file_idx\` ON \`outreach_activities_evidence\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`outreach_activities\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`title\` text,
  	\`kind\` text NOT NULL,
  	\`platform\` text,
  	\`start_date\` text NOT NULL,
  	\`end_date\` text,
  	\`unit_id\` integer NOT NULL,
  	\`reach_people\` numeric,
  	\`reach_copies\` numeric,
  	\`reach_minutes\` numeric,
  	\`reach_times\` numeric,
  	\`place\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`outreach_activities_review_state_idx\` ON \`outreach_activities\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`outreach_activities_kind_idx\` ON \`outreach_activities\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`outreach_activities_start_date_idx\` ON \`outreach_activities\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`outreach_activities_unit_idx\` ON \`outreach_activities\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`outreach_activities_updated_at_idx\` ON \`outreach_activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outreach_activities_created_at_idx\` ON \`outreach_activities\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`outreach_activities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`materials_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`outreach_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`outreach_activities_rels_order_idx\` ON \`outreach_activities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`outreach_activities_rels_parent_idx\` ON \`outreach_activities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`outreach_activities_rels_path_idx\` ON \`outreach_activities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`outreach_activities_rels_materials_id_idx\` ON \`outreach_activities_rels\` (\`materials_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`evidence_unit_id\` integer REFERENCES units(id);`)
  await db.run(sql`CREATE INDEX \`media_evidence_unit_idx\` ON \`media\` (\`evidence_unit_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`outreach_activities_id\` integer REFERENCES outreach_activities(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outreach_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`outreach_activities_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`outreach_activities_review_log\`;`)
  await db.run(sql`DROP TABLE \`outreach_activities_evidence\`;`)
  await db.run(sql`DROP TABLE \`outreach_activities\`;`)
  await db.run(sql`DROP TABLE \`outreach_activities_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`original_name\` text,
  	\`alt\` text,
  	\`sha256\` text,
  	\`source_sha256\` text,
  	\`page_count\` numeric,
  	\`duration_seconds\` numeric,
  	\`format\` text,
  	\`preview_filename\` text,
  	\`preview_width\` numeric,
  	\`preview_height\` numeric,
  	\`processing_note\` text,
  	\`publicly_visible\` integer DEFAULT false,
  	\`uploaded_by_id\` integer,
  	\`prefix\` text DEFAULT 'media',
  	\`_objectkey\` text,
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
  await db.run(sql`INSERT INTO \`__new_media\`("id", "original_name", "alt", "sha256", "source_sha256", "page_count", "duration_seconds", "format", "preview_filename", "preview_width", "preview_height", "processing_note", "publicly_visible", "uploaded_by_id", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_w480_avif_url", "sizes_w480_avif_width", "sizes_w480_avif_height", "sizes_w480_avif_mime_type", "sizes_w480_avif_filesize", "sizes_w480_avif_filename", "sizes_w480_webp_url", "sizes_w480_webp_width", "sizes_w480_webp_height", "sizes_w480_webp_mime_type", "sizes_w480_webp_filesize", "sizes_w480_webp_filename", "sizes_w960_avif_url", "sizes_w960_avif_width", "sizes_w960_avif_height", "sizes_w960_avif_mime_type", "sizes_w960_avif_filesize", "sizes_w960_avif_filename", "sizes_w960_webp_url", "sizes_w960_webp_width", "sizes_w960_webp_height", "sizes_w960_webp_mime_type", "sizes_w960_webp_filesize", "sizes_w960_webp_filename", "sizes_w1600_avif_url", "sizes_w1600_avif_width", "sizes_w1600_avif_height", "sizes_w1600_avif_mime_type", "sizes_w1600_avif_filesize", "sizes_w1600_avif_filename", "sizes_w1600_webp_url", "sizes_w1600_webp_width", "sizes_w1600_webp_height", "sizes_w1600_webp_mime_type", "sizes_w1600_webp_filesize", "sizes_w1600_webp_filename", "sizes_w960_jpeg_url", "sizes_w960_jpeg_width", "sizes_w960_jpeg_height", "sizes_w960_jpeg_mime_type", "sizes_w960_jpeg_filesize", "sizes_w960_jpeg_filename", "sizes_og_url", "sizes_og_width", "sizes_og_height", "sizes_og_mime_type", "sizes_og_filesize", "sizes_og_filename") SELECT "id", "original_name", "alt", "sha256", "source_sha256", "page_count", "duration_seconds", "format", "preview_filename", "preview_width", "preview_height", "processing_note", "publicly_visible", "uploaded_by_id", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_w480_avif_url", "sizes_w480_avif_width", "sizes_w480_avif_height", "sizes_w480_avif_mime_type", "sizes_w480_avif_filesize", "sizes_w480_avif_filename", "sizes_w480_webp_url", "sizes_w480_webp_width", "sizes_w480_webp_height", "sizes_w480_webp_mime_type", "sizes_w480_webp_filesize", "sizes_w480_webp_filename", "sizes_w960_avif_url", "sizes_w960_avif_width", "sizes_w960_avif_height", "sizes_w960_avif_mime_type", "sizes_w960_avif_filesize", "sizes_w960_avif_filename", "sizes_w960_webp_url", "sizes_w960_webp_width", "sizes_w960_webp_height", "sizes_w960_webp_mime_type", "sizes_w960_webp_filesize", "sizes_w960_webp_filename", "sizes_w1600_avif_url", "sizes_w1600_avif_width", "sizes_w1600_avif_height", "sizes_w1600_avif_mime_type", "sizes_w1600_avif_filesize", "sizes_w1600_avif_filename", "sizes_w1600_webp_url", "sizes_w1600_webp_width", "sizes_w1600_webp_height", "sizes_w1600_webp_mime_type", "sizes_w1600_webp_filesize", "sizes_w1600_webp_filename", "sizes_w960_jpeg_url", "sizes_w960_jpeg_width", "sizes_w960_jpeg_height", "sizes_w960_jpeg_mime_type", "sizes_w960_jpeg_filesize", "sizes_w960_jpeg_filename", "sizes_og_url", "sizes_og_width", "sizes_og_height", "sizes_og_mime_type", "sizes_og_filesize", "sizes_og_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`media_sha256_idx\` ON \`media\` (\`sha256\`);`)
  await db.run(sql`CREATE INDEX \`media_source_sha256_idx\` ON \`media\` (\`source_sha256\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`materials_id\` integer,
  	\`media_id\` integer,
  	\`procedures_id\` integer,
  	\`units_id\` integer,
  	\`topics_id\` integer,
  	\`audiences_id\` integer,
  	\`campaigns_id\` integer,
  	\`expired_materials_id\` integer,
  	\`report_submissions_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	\`site_changes_id\` integer,
  	\`usage_counts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expired_materials_id\`) REFERENCES \`expired_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_submissions_id\`) REFERENCES \`report_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_changes_id\`) REFERENCES \`site_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`usage_counts_id\`) REFERENCES \`usage_counts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "materials_id", "media_id", "procedures_id", "units_id", "topics_id", "audiences_id", "campaigns_id", "expired_materials_id", "report_submissions_id", "users_id", "audit_log_id", "site_changes_id", "usage_counts_id") SELECT "id", "order", "parent_id", "path", "materials_id", "media_id", "procedures_id", "units_id", "topics_id", "audiences_id", "campaigns_id", "expired_materials_id", "report_submissions_id", "users_id", "audit_log_id", "site_changes_id", "usage_counts_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_materials_id_idx\` ON \`payload_locked_documents_rels\` (\`materials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audiences_id_idx\` ON \`payload_locked_documents_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_expired_materials_id_idx\` ON \`payload_locked_documents_rels\` (\`expired_materials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`report_submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`site_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_usage_counts_id_idx\` ON \`payload_locked_documents_rels\` (\`usage_counts_id\`);`)
}
