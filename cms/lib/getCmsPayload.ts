import { getPayload, type Payload } from 'payload'

import { ConfigError, readDatabaseUrl } from './env'

/**
 * Payload's Local API for scripts, tests and the site build. The config is
 * imported here, not at the top, so a bad environment variable becomes a
 * one-paragraph message instead of a stack trace at import time; a failed
 * connection names the database tried and what to do.
 */
export async function getCmsPayload(): Promise<Payload> {
  const { kind, url } = readDatabaseUrl()
  const { default: config } = await import('../payload.config')
  try {
    return await getPayload({ config })
  } catch (error) {
    if (error instanceof ConfigError) throw error
    const where = url.replace(/\/\/[^@/]*@/, '//***@')
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new Error(
      `Không kết nối được cơ sở dữ liệu ${kind} (${where}): ${reason}. ` +
        'Kiểm tra DATABASE_URL và máy chủ cơ sở dữ liệu đang chạy, hoặc bỏ trống DATABASE_URL để dùng SQLite nhúng.',
      { cause: error },
    )
  }
}
