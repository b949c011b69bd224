/** What restore needs from each database kind (sqliteRestore.ts, postgresRestore.ts, mongodbRestore.ts). */
export interface DatabaseRestorer {
  /** A folder on the same filesystem as the target, where the archive's database files are staged. */
  stagingParent(url: string): string
  /** Refuses (RestoreRefused) when the target cannot be reached or is in use by a running CMS. */
  checkTarget(url: string): Promise<void>
  /** Problems found in the staged copy itself (e.g. a SQLite file that fails its integrity check). */
  checkStaged(stagedDir: string): Promise<string[]>
  /** Puts the staged copy in place of the target's data. */
  replace(url: string, stagedDir: string): Promise<ReplacedDatabase>
}

export interface ReplacedDatabase {
  /** Drops what the restore kept of the old data to undo itself. */
  commit(): Promise<void>
  /** Puts the old data back, where the kind allows it. */
  rollback(): Promise<void>
}
