import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`feedback\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`material_id\` integer,
  	\`procedure_id\` integer,
  	\`unit_id\` integer,
  	\`kind\` text DEFAULT 'question' NOT NULL,
  	\`text\` text NOT NULL,
  	\`public_text\` text NOT NULL,
  	\`personal_data\` text,
  	\`flags\` text,
  	\`name\` text,
  	\`wants_private_answer\` integer DEFAULT false,
  	\`via\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`reject_reason\` text,
  	\`answer\` text,
  	\`answer_state\` text,
  	\`answered_by\` text,
  	\`answered_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`material_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`procedure_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_material_idx\` ON \`feedback\` (\`material_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_procedure_idx\` ON \`feedback\` (\`procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_unit_idx\` ON \`feedback\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_answer_state_idx\` ON \`feedback\` (\`answer_state\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback_contacts\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`feedback_id\` integer NOT NULL,
  	\`contact\` text NOT NULL,
  	\`delete_after\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_contacts_feedback_idx\` ON \`feedback_contacts\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_contacts_delete_after_idx\` ON \`feedback_contacts\` (\`delete_after\`);`)
  await db.run(sql`CREATE INDEX \`feedback_contacts_updated_at_idx\` ON \`feedback_contacts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_contacts_created_at_idx\` ON \`feedback_contacts\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`usage_counts\` ADD \`procedure_id\` integer REFERENCES procedures(id);`)
  await db.run(sql`CREATE INDEX \`usage_counts_procedure_idx\` ON \`usage_counts\` (\`procedure_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`feedback_id\` integer REFERENCES feedback(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`feedback_contacts_id\` integer REFERENCES feedback_contacts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_contacts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`DROP TABLE \`feedback_contacts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_usage_counts\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`material_id\` integer,
  	\`event\` text NOT NULL,
  	\`file_id\` integer,
  	\`host\` text DEFAULT '',
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`material_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_usage_counts\`("id", "key", "day", "material_id", "event", "file_id", "host", "count", "updated_at", "created_at") SELECT "id", "key", "day", "material_id", "event", "file_id", "host", "count", "updated_at", "created_at" FROM \`usage_counts\`;`)
  await db.run(sql`DROP TABLE \`usage_counts\`;`)
  await db.run(sql`ALTER TABLE \`__new_usage_counts\` RENAME TO \`usage_counts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`usage_counts_key_idx\` ON \`usage_counts\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`usage_counts_day_idx\` ON \`usage_counts\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`usage_counts_material_idx\` ON \`usage_counts\` (\`material_id\`);`)
  await db.run(sql`CREATE INDEX \`usage_counts_file_idx\` ON \`usage_counts\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`usage_counts_host_idx\` ON \`usage_counts\` (\`host\`);`)
  await db.run(sql`CREATE INDEX \`usage_counts_updated_at_idx\` ON \`usage_counts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`usage_counts_created_at_idx\` ON \`usage_counts\` (\`created_at\`);`)
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_changes_id\`) REFERENCES \`site_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`usage_counts_id\`) REFERENCES \`usage_counts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "materials_id", "media_id", "procedures_id", "units_id", "topics_id", "audiences_id", "campaigns_id", "outreach_activities_id", "expired_materials_id", "report_submissions_id", "users_id", "audit_log_id", "site_changes_id", "usage_counts_id") SELECT "id", "order", "parent_id", "path", "materials_id", "media_id", "procedures_id", "units_id", "topics_id", "audiences_id", "campaigns_id", "outreach_activities_id", "expired_materials_id", "report_submissions_id", "users_id", "audit_log_id", "site_changes_id", "usage_counts_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outreach_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`outreach_activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_expired_materials_id_idx\` ON \`payload_locked_documents_rels\` (\`expired_materials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`report_submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`site_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_usage_counts_id_idx\` ON \`payload_locked_documents_rels\` (\`usage_counts_id\`);`)
}
