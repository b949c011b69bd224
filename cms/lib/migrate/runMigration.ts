import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { ConfigError } from '../env'
import { type Dialect, sqlOn, tableExists } from './sqlClient'

export type { Dialect } from './sqlClient'

export interface MigrationStep {
  name: string
  up(args: { db: unknown; payload: Payload; req: PayloadRequest }): Promise<void>
  down(args: { db: unknown; payload: Payload; req: PayloadRequest }): Promise<void>
}

/** Applied migrations, oldest first; the development-push marker (batch -1) is not one. */
export async function readAppliedNames(payload: Payload, dialect: Dialect): Promise<string[]> {
  if (!(await tableExists(payload, dialect, 'payload_migrations'))) return []
  const rows = await sqlOn(payload, dialect)(`SELECT name FROM payload_migrations WHERE batch > 0 ORDER BY name`)
  return rows.map((row) => String(row.name))
}

async function nextBatch(payload: Payload, dialect: Dialect): Promise<number> {
  if (!(await tableExists(payload, dialect, 'payload_migrations'))) return 1
  const [row] = await sqlOn(payload, dialect)(`SELECT MAX(batch) AS batch FROM payload_migrations`)
  return Math.max(0, Number(row?.batch ?? 0)) + 1
}

function failed(step: MigrationStep, error: unknown): ConfigError {
  const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error)
  return new ConfigError(
    `Bước nâng cấp cơ sở dữ liệu ${step.name} thất bại: ${reason}. ` +
      'Bước này đã được hoàn tác, dữ liệu giữ nguyên như trước bước này (các bước trước đó, nếu có, đã xong). ' +
      'Hãy sao lưu cơ sở dữ liệu, gửi thông báo này cho nhóm phát triển, rồi chạy lại `npm run migrate` sau khi sửa.',
    { cause: error },
  )
}

/**
 * SQLite: a table is changed by copying it into a new one and dropping the old.
 * With foreign keys on, that DROP would cascade into the child tables and empty
 * them, and PRAGMA foreign_keys is ignored inside a transaction; so keys go off
 * on the connection first, the step runs in one transaction on that same
 * connection, and the keys are checked before COMMIT.
 */
async function runSqlite(payload: Payload, step: MigrationStep, batch: number): Promise<void> {
  const sql = sqlOn(payload, 'sqlite')
  const [before] = await sql('PRAGMA foreign_keys')
  await sql('PRAGMA foreign_keys = OFF')
  try {
    await sql('BEGIN IMMEDIATE')
    try {
      const db = (payload.db as unknown as { drizzle: unknown }).drizzle
      await step.up({ db, payload, req: { payload } as PayloadRequest })
      const broken = await sql('PRAGMA foreign_key_check')
      if (broken.length > 0)
        throw new Error(
          `${broken.length} liên kết giữa các bảng bị hỏng sau bước này (bảng ${String(broken[0]?.table)})`,
        )
      await sql('INSERT INTO payload_migrations (name, batch) VALUES (?, ?)', [step.name, batch])
      await sql('COMMIT')
    } catch (error) {
      await sql('ROLLBACK').catch(() => undefined)
      throw error
    }
  } finally {
    await sql(`PRAGMA foreign_keys = ${Number(before?.foreign_keys ?? 1) ? 'ON' : 'OFF'}`)
  }
}

/** PostgreSQL: the step and its record in one of Payload's transactions, as `payload migrate` does. */
async function runPostgres(payload: Payload, step: MigrationStep, batch: number): Promise<void> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const sessions = (payload.db as unknown as { sessions: Record<string, { db: unknown }> }).sessions
    const db = sessions[String(await req.transactionID)]?.db
    await step.up({ db, payload, req })
    await payload.create({ collection: 'payload-migrations', data: { name: step.name, batch }, req })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

export async function runMigration(payload: Payload, dialect: Dialect, step: MigrationStep): Promise<void> {
  const batch = await nextBatch(payload, dialect)
  try {
    await (dialect === 'sqlite' ? runSqlite(payload, step, batch) : runPostgres(payload, step, batch))
  } catch (error) {
    throw failed(step, error)
  }
}
