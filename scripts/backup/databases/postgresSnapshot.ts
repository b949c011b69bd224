import path from 'node:path'

import type pg from 'pg'

import {
  clientConnection,
  PAYLOAD_SCHEMA,
  postgresClient,
  quoteIdent,
  runClientTool,
  serverMajorVersion,
  withPgClient,
} from './postgresTools'
import {
  type DatabaseSnapshot,
  isFilenameColumn,
  isRealMigration,
  MEDIA_TABLE,
  MIGRATIONS_TABLE,
  POSTGRES_ENTRY,
} from './types'

/**
 * pg_dump runs on a snapshot exported from our own REPEATABLE READ
 * transaction, and the counts, migrations and media file names are read in
 * that same transaction: all of it describes one instant, while the CMS keeps
 * writing.
 */
export async function snapshotPostgres(url: string, workDir: string): Promise<DatabaseSnapshot> {
  const file = path.join(workDir, POSTGRES_ENTRY)
  return withPgClient(url, async (client) => {
    const pgDump = postgresClient('pg_dump', await serverMajorVersion(client))
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY')
    try {
      const { rows } = await client.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot')
      const { dbname, env } = clientConnection(url)
      const args = [
        '--format=plain',
        '--no-owner',
        '--no-privileges',
        `--schema=${PAYLOAD_SCHEMA}`,
        `--snapshot=${rows[0]?.snapshot}`,
        `--file=${file}`,
        `--dbname=${dbname}`,
      ]
      const dumped = runClientTool(pgDump, args, env)
      // pg_dump holds its own copy of the snapshot once started; read ours meanwhile.
      const described = await describePostgres(client)
      await dumped
      return { kind: 'postgres', files: [{ name: POSTGRES_ENTRY, path: file }], ...described, warnings: [] }
    } finally {
      await client.query('COMMIT').catch(() => undefined)
    }
  })
}

/** Tables and their rows, applied migrations and media file names, as the client's transaction sees them. */
export async function describePostgres(
  client: pg.Client,
): Promise<Pick<DatabaseSnapshot, 'counts' | 'migrations' | 'mediaFilenames'>> {
  const { rows: tableRows } = await client.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name",
    [PAYLOAD_SCHEMA],
  )
  const tables = tableRows.map((row) => row.table_name)
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${quoteIdent(PAYLOAD_SCHEMA)}.${quoteIdent(table)}`,
    )
    counts[table] = Number(rows[0]?.n ?? 0)
  }
  let migrations: string[] = []
  if (tables.includes(MIGRATIONS_TABLE)) {
    const { rows } = await client.query<{ name: string; batch: number | null }>(
      `SELECT name, batch FROM ${quoteIdent(PAYLOAD_SCHEMA)}.${MIGRATIONS_TABLE} ORDER BY name`,
    )
    migrations = rows.filter((row) => isRealMigration(row.batch)).map((row) => row.name)
  }
  let mediaFilenames: string[] = []
  if (tables.includes(MEDIA_TABLE)) {
    const { rows: columnRows } = await client.query<{ column_name: string }>(
      'SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2',
      [PAYLOAD_SCHEMA, MEDIA_TABLE],
    )
    const columns = columnRows.map((row) => row.column_name).filter(isFilenameColumn)
    if (columns.length) {
      const { rows } = await client.query<Record<string, unknown>>(
        `SELECT ${columns.map(quoteIdent).join(', ')} FROM ${quoteIdent(PAYLOAD_SCHEMA)}.${MEDIA_TABLE}`,
      )
      mediaFilenames = rows.flatMap((row) =>
        Object.values(row).filter((value): value is string => typeof value === 'string' && value !== ''),
      )
    }
  }
  return { counts, migrations, mediaFilenames }
}
