import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`broadcast_schedules_weekdays\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`broadcast_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`broadcast_schedules_weekdays_order_idx\` ON \`broadcast_schedules_weekdays\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_schedules_weekdays_parent_idx\` ON \`broadcast_schedules_weekdays\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`broadcast_schedules_dates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`broadcast_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`broadcast_schedules_dates_order_idx\` ON \`broadcast_schedules_dates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_schedules_dates_parent_id_idx\` ON \`broadcast_schedules_dates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`broadcast_schedules_confirmations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`activity_id\` integer,
  	FOREIGN KEY (\`activity_id\`) REFERENCES \`outreach_activities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`broadcast_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`broadcast_schedules_confirmations_order_idx\` ON \`broadcast_schedules_confirmations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_schedules_confirmations_parent_id_idx\` ON \`broadcast_schedules_confirmations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_schedules_confirmations_activity_idx\` ON \`broadcast_schedules_confirmations\` (\`activity_id\`);`)
  await db.run(sql`CREATE TABLE \`broadcast_schedules\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`unit_id\` integer NOT NULL,
  	\`valid_from\` text NOT NULL,
  	\`valid_until\` text NOT NULL,
  	\`times_per_day\` numeric DEFAULT 2 NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`broadcast_schedules_unit_idx\` ON \`broadcast_schedules\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_schedules_updated_at_idx\` ON \`broadcast_schedules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_schedules_created_at_idx\` ON \`broadcast_schedules\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`broadcast_schedules_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`materials_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`broadcast_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`broadcast_schedules_rels_order_idx\` ON \`broadcast_schedules_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_schedules_rels_parent_idx\` ON \`broadcast_schedules_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_schedules_rels_path_idx\` ON \`broadcast_schedules_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_schedules_rels_materials_id_idx\` ON \`broadcast_schedules_rels\` (\`materials_id\`);`)
  await db.run(sql`ALTER TABLE \`materials\` ADD \`reading_script\` text;`)
  await db.run(sql`ALTER TABLE \`_materials_v\` ADD \`version_reading_script\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`broadcast_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`broadcast_loudness\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`broadcast_true_peak\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`broadcast_duration_seconds\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`broadcast_bit_rate\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`broadcast_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`broadcast_schedules_id\` integer REFERENCES broadcast_schedules(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_broadcast_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`broadcast_schedules_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`broadcast_schedules_weekdays\`;`)
  await db.run(sql`DROP TABLE \`broadcast_schedules_dates\`;`)
  await db.run(sql`DROP TABLE \`broadcast_schedules_confirmations\`;`)
  await db.run(sql`DROP TABLE \`broadcast_schedules\`;`)
  await db.run(sql`DROP TABLE \`broadcast_schedules_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`outreach_activities_id\` integer,
  	\`expired_materials_id\` integer,
  	\`report_submissions_id\` integer,
  	\`feedback_id\` integer,
  	\`feedback_contacts_id\` integer,
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
  	FOREIGN KEY (\`outreach_activities_id\`) REFERENCES \`outreach_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expired_materials_id\`) REFERENCES \`expired_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_submissions_id\`) REFERENCES \`report_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_contacts_id\`) REFERENCES \`feedback_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_changes_id\`) REFERENCES \`site_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`usage_counts_id\`) REFERENCES \`usage_counts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "materials_id", "media_id", "procedures_id", "units_id", "topics_id", "audiences_id", "campaigns_id", "outreach_activities_id", "expired_materials_id", "report_submissions_id", "feedback_id", "feedback_contacts_id", "users_id", "audit_log_id", "site_changes_id", "usage_counts_id") SELECT "id", "order", "parent_id", "path", "materials_id", "media_id", "procedures_id", "units_id", "topics_id", "audiences_id", "campaigns_id", "outreach_activities_id", "expired_materials_id", "report_submissions_id", "feedback_id", "feedback_contacts_id", "users_id", "audit_log_id", "site_changes_id", "usage_counts_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outreach_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`outreach_activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_expired_materials_id_idx\` ON \`payload_locked_documents_rels\` (\`expired_materials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`report_submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`site_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_usage_counts_id_idx\` ON \`payload_locked_documents_rels\` (\`usage_counts_id\`);`)
  await db.run(sql`ALTER TABLE \`materials\` DROP COLUMN \`reading_script\`;`)
  await db.run(sql`ALTER TABLE \`_materials_v\` DROP COLUMN \`version_reading_script\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`broadcast_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`broadcast_loudness\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`broadcast_true_peak\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`broadcast_duration_seconds\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`broadcast_bit_rate\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`broadcast_filesize\`;`)
}
