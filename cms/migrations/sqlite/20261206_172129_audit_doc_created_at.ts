import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`doc_created_at\` text;`)
  await db.run(sql`CREATE INDEX \`audit_log_doc_created_at_idx\` ON \`audit_log\` (\`doc_created_at\`);`)
  // Hand-written: earlier entries get the creation time of the document that still has their id, but
  // only when the entry is not older than that document (an older entry was about a deleted document
  // whose id came back before ids_never_reused, and stays without one).
  for (const table of ['materials', 'media']) {
    await db.run(
      sql.raw(`UPDATE \`audit_log\` SET \`doc_created_at\` = (
        SELECT d.\`created_at\` FROM \`${table}\` d WHERE CAST(d.\`id\` AS TEXT) = \`audit_log\`.\`doc_id\`)
      WHERE \`collection\` = '${table}' AND \`doc_created_at\` IS NULL AND EXISTS (
        SELECT 1 FROM \`${table}\` d WHERE CAST(d.\`id\` AS TEXT) = \`audit_log\`.\`doc_id\` AND d.\`created_at\` <= \`audit_log\`.\`at\`)`),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`audit_log_doc_created_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`doc_created_at\`;`)
}
