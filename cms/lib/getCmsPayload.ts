import net from 'node:net'

import { getPayload, type Payload } from 'payload'

import { ConfigError, type DatabaseKind, readDatabaseUrl } from './env'

const DEFAULT_PORTS: Partial<Record<DatabaseKind, number>> = { postgres: 5432, mongodb: 27017 }

/**
 * A database server that is not listening is the usual failure; finding it out
 * before Payload starts keeps the adapter from logging a stack trace under our message.
 */
function probeServer(kind: DatabaseKind, url: string): Promise<string | null> {
  const defaultPort = DEFAULT_PORTS[kind]
  if (!defaultPort || url.startsWith('mongodb+srv:')) return Promise.resolve(null)
  let host: string
  let port: number
  try {
    const parsed = new URL(url)
    host = parsed.hostname.replace(/^\[|\]$/g, '') || 'localhost'
    port = Number(parsed.port) || defaultPort
  } catch {
    return Promise.resolve(null)
  }
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 5000 })
    const done = (reason: string | null) => {
      socket.destroy()
      resolve(reason)
    }
    socket.once('connect', () => done(null))
    socket.once('timeout', () => done(`máy chủ ${host}:${port} không trả lời sau 5 giây`))
    socket.once('error', (error: NodeJS.ErrnoException) =>
      done(`không mở được kết nối tới ${host}:${port} (${error.code ?? error.message})`),
    )
  })
}

function connectionError(kind: DatabaseKind, url: string, reason: string, cause?: unknown): Error {
  const where = url.replace(/\/\/[^@/]*@/, '//***@')
  return new Error(
    `Không kết nối được cơ sở dữ liệu ${kind} (${where}): ${reason}. ` +
      'Kiểm tra DATABASE_URL và máy chủ cơ sở dữ liệu đang chạy, hoặc bỏ trống DATABASE_URL để dùng SQLite nhúng.',
    { cause },
  )
}

/** MongoDB builds its unique indexes at start; duplicates already stored stop that. */
function duplicateKeyError(reason: string, cause: unknown): ConfigError {
  return new ConfigError(
    `Không tạo được chỉ mục duy nhất trong cơ sở dữ liệu: đã có hai bản ghi trùng ở một trường phải duy nhất (${reason}). ` +
      'Chưa có gì bị thay đổi. Hãy tìm và sửa hoặc xóa bản ghi trùng (trường và giá trị ở trên), rồi chạy lại.',
    { cause },
  )
}

/**
 * Payload's Local API for scripts, tests and the site build. The config is
 * imported here, not at the top, so a bad environment variable becomes a
 * one-paragraph message instead of a stack trace at import time; a failed
 * connection names the database tried and what to do.
 */
export async function getCmsPayload(
  options: { migrate?: boolean; log?: (line: string) => void } = {},
): Promise<Payload> {
  const { kind, url } = readDatabaseUrl()
  const unreachable = await probeServer(kind, url)
  if (unreachable) throw connectionError(kind, url, unreachable)
  const { default: config } = await import('../payload.config')
  let payload: Payload
  try {
    payload = await getPayload({ config })
  } catch (error) {
    if (error instanceof ConfigError) throw error
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error)
    if (/E11000|duplicate key/i.test(reason)) throw duplicateKeyError(reason, error)
    throw connectionError(kind, url, reason, error)
  }
  // The schema comes from the committed migrations only (cms/lib/migrations.ts).
  const { applyPendingMigrations, assertSchemaCurrent } = await import('./migrations')
  try {
    if (options.migrate) await applyPendingMigrations(payload, { log: options.log })
    else await assertSchemaCurrent(payload)
  } catch (error) {
    await payload.destroy().catch(() => undefined)
    throw error
  }
  return payload
}
