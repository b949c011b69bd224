import fs from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import {
  type DatabaseSnapshot,
  isFilenameColumn,
  isRealMigration,
  MEDIA_TABLE,
  MIGRATIONS_TABLE,
  SQLITE_ENTRY,
} from './types'

export const sqliteFileOf = (url: string): string => url.slice('file:'.length)

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`

/**
 * `VACUUM INTO` writes a consistent copy from one read transaction, WAL
 * included, while the CMS keeps writing (WAL readers do not block writers).
 * Counts, migrations and media file names are then read from the copy, so
 * they describe exactly what was copied.
 */
export async function snapshotSqlite(url: string, workDir: string): Promise<DatabaseSnapshot> {
  const source = sqliteFileOf(url)
  if (!fs.existsSync(source)) {
    throw new Error(
      `không thấy tệp cơ sở dữ liệu SQLite ${source}. Kiểm tra DATABASE_URL (hoặc chạy npm start một lần để tạo cơ sở dữ liệu).`,
    )
  }
  const copy = path.join(workDir, SQLITE_ENTRY)
  const live = new DatabaseSync(source)
  try {
    live.exec('PRAGMA busy_timeout = 10000')
    live.prepare('VACUUM INTO ?').run(copy)
  } finally {
    live.close()
  }
  return { kind: 'sqlite', files: [{ name: SQLITE_ENTRY, path: copy }], ...describeSqliteCopy(copy), warnings: [] }
}

/** Tables and their rows, applied migrations and media file names of a SQLite file. */
export function describeSqliteCopy(file: string): Pick<DatabaseSnapshot, 'counts' | 'migrations' | 'mediaFilenames'> {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    const tables = (
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as { name: string }[]
    ).map((row) => row.name)
    const counts = Object.fromEntries(
      tables.map((table) => [
        table,
        Number((db.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n),
      ]),
    )
    const migrations = tables.includes(MIGRATIONS_TABLE)
      ? (
          db.prepare(`SELECT name, batch FROM ${MIGRATIONS_TABLE} ORDER BY name`).all() as {
            name: string
            batch: number | null
          }[]
        )
          .filter((row) => isRealMigration(row.batch))
          .map((row) => row.name)
      : []
    let mediaFilenames: string[] = []
    if (tables.includes(MEDIA_TABLE)) {
      const columns = (db.prepare(`PRAGMA table_info(${MEDIA_TABLE})`).all() as { name: string }[])
        .map((row) => row.name)
        .filter(isFilenameColumn)
      if (columns.length) {
        const rows = db.prepare(`SELECT ${columns.map(quote).join(', ')} FROM ${MEDIA_TABLE}`).all() as Record<
          string,
          unknown
        >[]
        mediaFilenames = rows.flatMap((row) =>
          Object.values(row).filter((value): value is string => typeof value === 'string' && value !== ''),
        )
      }
    }
    return { counts, migrations, mediaFilenames }
  } finally {
    db.close()
  }
}
