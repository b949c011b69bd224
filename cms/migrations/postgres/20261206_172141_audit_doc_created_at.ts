import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ADD COLUMN "doc_created_at" timestamp(3) with time zone;
  CREATE INDEX "audit_log_doc_created_at_idx" ON "audit_log" USING btree ("doc_created_at");`)
  // Hand-written: earlier entries get the creation time of the document that still has their id, but
  // only when the entry is not older than that document.
  for (const table of ['materials', 'media']) {
    await db.execute(
      sql.raw(`UPDATE "audit_log" a SET "doc_created_at" = d."created_at" FROM "${table}" d
      WHERE a."collection" = '${table}' AND a."doc_created_at" IS NULL AND d."id"::text = a."doc_id" AND d."created_at" <= a."at"`),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "audit_log_doc_created_at_idx";
  ALTER TABLE "audit_log" DROP COLUMN "doc_created_at";`)
}
