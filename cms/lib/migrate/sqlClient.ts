import type { Payload } from 'payload'

export type Dialect = 'sqlite' | 'postgres'

type Row = Record<string, unknown>

interface LibsqlClient {
  execute(statement: string | { sql: string; args: unknown[] }): Promise<{ rows: Row[] }>
}
interface PgPool {
  query(text: string, values?: unknown[]): Promise<{ rows: Row[] }>
}

/**
 * Plain SQL on the connection Payload's adapter holds, outside Payload's own
 * transactions: migrations need statements (PRAGMA foreign_keys, BEGIN) that
 * must run on that very connection. `?` placeholders on both dialects.
 */
export function sqlOn(payload: Payload, dialect: Dialect): (text: string, args?: unknown[]) => Promise<Row[]> {
  if (dialect === 'sqlite') {
    const client = (payload.db as unknown as { client: LibsqlClient }).client
    return async (text, args = []) => (await client.execute({ sql: text, args })).rows
  }
  const pool = (payload.db as unknown as { pool: PgPool }).pool
  return async (text, args = []) => {
    let index = 0
    return (
      await pool.query(
        text.replace(/\?/g, () => `$${++index}`),
        args,
      )
    ).rows
  }
}

export async function tableExists(payload: Payload, dialect: Dialect, table: string): Promise<boolean> {
  const sql = sqlOn(payload, dialect)
  const rows =
    dialect === 'sqlite'
      ? await sql(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`, [table])
      : await sql(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?`,
          [table],
        )
  return rows.length > 0
}

/** Statements applied together or not at all, on one connection. */
export async function inOneTransaction(
  payload: Payload,
  dialect: Dialect,
  statements: [string, unknown[]][],
): Promise<void> {
  if (dialect === 'sqlite') {
    const sql = sqlOn(payload, dialect)
    await sql('BEGIN IMMEDIATE')
    try {
      for (const [text, args] of statements) await sql(text, args)
      await sql('COMMIT')
    } catch (error) {
      await sql('ROLLBACK').catch(() => undefined)
      throw error
    }
    return
  }
  // A pool hands each query to any connection: hold one for the whole transaction.
  const pool = (payload.db as unknown as { pool: { connect(): Promise<PgClient> } }).pool
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    for (const [text, args] of statements) {
      let index = 0
      await client.query(
        text.replace(/\?/g, () => `$${++index}`),
        args,
      )
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

interface PgClient extends PgPool {
  release(): void
}
