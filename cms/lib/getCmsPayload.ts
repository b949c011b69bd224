import { getPayload, type Payload } from 'payload'

import config from '../payload.config'
import { readDatabaseUrl } from './env'

/**
 * Payload's Local API for scripts, tests and the site build. Wraps a failed
 * connection in a message that says which database was tried and what to do.
 */
export async function getCmsPayload(): Promise<Payload> {
  try {
    return await getPayload({ config })
  } catch (error) {
    const { kind, url } = readDatabaseUrl()
    const where = url.replace(/\/\/[^@/]*@/, '//***@')
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new Error(
      `Không kết nối được cơ sở dữ liệu ${kind} (${where}): ${reason}. ` +
        'Kiểm tra DATABASE_URL và máy chủ cơ sở dữ liệu đang chạy, hoặc bỏ trống DATABASE_URL để dùng SQLite nhúng.',
      { cause: error },
    )
  }
}
