import type { DatabaseKind } from '@dvctt/cms/lib/env'

/** A point-in-time copy of the database, written to files, with what was read from that same instant. */
export interface DatabaseSnapshot {
  kind: DatabaseKind
  /** Files to archive under database/ (name inside that folder → path on disk). */
  files: { name: string; path: string }[]
  counts: Record<string, number>
  migrations: string[]
  /** Every file name the media records of the copy point to (original, renditions, previews). */
  mediaFilenames: string[]
  /** Said to the person when the copy is not taken at one instant (MongoDB without a replica set). */
  warnings: string[]
}

/** Names of the database copy inside the archive's database/ folder. */
export const SQLITE_ENTRY = 'payload.db'
export const POSTGRES_ENTRY = 'dump.sql'

export const MIGRATIONS_TABLE = 'payload_migrations'
export const MEDIA_TABLE = 'media'

/** Columns of the media table that hold a stored file's name: filename, sizes_*_filename, preview_filename. */
export const isFilenameColumn = (column: string): boolean => column === 'filename' || column.endsWith('_filename')

/** As cms/lib/migrate/runMigration.ts reads them: Payload's development push writes a `dev` row with batch -1. */
export const isRealMigration = (batch: number | null): boolean => batch !== null && Number(batch) > 0
