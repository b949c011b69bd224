import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { ConfigError } from '../env'
import { migrationsDir } from '../paths'
import { type Dialect, inOneTransaction, sqlOn, tableExists } from './sqlClient'
import { readAppliedNames } from './runMigration'

/** Tables and their columns as drizzle-kit's snapshot beside a migration records them. */
function snapshotColumns(dialect: Dialect, migration: string): Map<string, string[]> {
  const file = path.join(migrationsDir, dialect, `${migration}.json`)
  const snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    tables: Record<string, { name: string; columns: Record<string, unknown> }>
  }
  return new Map(Object.values(snapshot.tables).map((table) => [table.name, Object.keys(table.columns)]))
}

async function databaseColumns(payload: Payload, dialect: Dialect): Promise<Set<string>> {
  const rows =
    dialect === 'sqlite'
      ? await sqlOn(
          payload,
          dialect,
        )(
          `SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'`,
        )
      : await sqlOn(
          payload,
          dialect,
        )(
          `SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = current_schema()`,
        )
  return new Set(rows.map((row) => `${String(row.t)}.${String(row.c)}`))
}

/**
 * Until this release the schema was pushed by Payload in development mode, so
 * a library made by an earlier `npm start` (SQLite or PostgreSQL) has every
 * table but no migration on record, only the push marker (batch -1). If its
 * tables and columns are those of the initial migration, it is recorded as being
 * at that migration (the later ones then upgrade it); if not, nothing is changed
 * and the message says why. Returns a line for the log, or null when there was
 * nothing to adopt (a new database, or one already on migrations).
 */
export async function adoptPushedSchema(
  payload: Payload,
  dialect: Dialect,
  initial: string | undefined,
): Promise<string | null> {
  if (!initial || (await readAppliedNames(payload, dialect)).length > 0) return null
  if (!(await tableExists(payload, dialect, 'users'))) return null

  const present = await databaseColumns(payload, dialect)
  const missing = [...snapshotColumns(dialect, initial)].flatMap(([table, columns]) =>
    columns.filter((column) => !present.has(`${table}.${column}`)).map((column) => `${table}.${column}`),
  )
  if (missing.length > 0) {
    throw new ConfigError(
      `Cơ sở dữ liệu đã có dữ liệu của thư viện nhưng được tạo bởi một phiên bản cũ hơn bản phát hành trước (thiếu ${missing.length} cột, ví dụ ${missing.slice(0, 5).join(', ')}). ` +
        'Chưa có gì bị thay đổi. Hãy chạy `npm start` của bản phát hành trước một lần trên cơ sở dữ liệu này (nó tự cập nhật bảng), rồi nâng cấp lên phiên bản này.',
    )
  }
  await inOneTransaction(payload, dialect, [
    ['DELETE FROM payload_migrations WHERE batch = -1', []],
    ['INSERT INTO payload_migrations (name, batch) VALUES (?, 1)', [initial]],
  ])
  return `Cơ sở dữ liệu được tạo trước khi có các bước nâng cấp: bảng và cột khớp với bước đầu tiên (${initial}), đã ghi nhận, giữ nguyên mọi dòng dữ liệu.`
}
