import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { migrationsDir } from '../paths'
import type { Dialect } from './sqlClient'

interface DrizzleKit {
  generateDrizzleJson(schema: unknown): Promise<{ version: string }> | { version: string }
  generateMigration(before: unknown, after: unknown): Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

/**
 * The SQL a new migration would need: the schema the code declares compared
 * with the snapshot of the newest committed migration, exactly as
 * `payload migrate:create` computes it, without writing a file. Empty when the
 * migrations cover the code. (MongoDB has no schema: always empty.)
 */
export async function schemaDrift(payload: Payload, dialect: Dialect): Promise<string[]> {
  const adapter = payload.db as unknown as { requireDrizzleKit(): DrizzleKit; schema: unknown }
  const kit = adapter.requireDrizzleKit()
  const after = (await kit.generateDrizzleJson(adapter.schema)) as { version: string }
  const dir = path.join(migrationsDir, dialect)
  const latest = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .at(-1)
  if (!latest) return ['(chưa có bước nâng cấp nào)']
  let before = JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8')) as { version: string }
  if (kit.upSnapshot && before.version < after.version) before = kit.upSnapshot(before) as { version: string }
  return kit.generateMigration(before, after)
}

export const DRIFT_ADVICE =
  'Mã nguồn khai báo lược đồ khác với bước nâng cấp mới nhất. Hãy tạo bước nâng cấp: ' +
  '`cd cms && DATABASE_URL=<CSDL mới> pnpm payload migrate:create <ten-thay-doi>` cho cả SQLite và PostgreSQL (xem cms/README.md), rồi commit các tệp trong cms/migrations/.'
