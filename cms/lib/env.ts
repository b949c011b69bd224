import path from 'node:path'

import { dataDir, projectRoot } from './paths'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export const ACCEPTED_DATABASE_SCHEMES =
  'file: (SQLite nhúng), postgres:// hoặc postgresql:// (PostgreSQL), mongodb:// hoặc mongodb+srv:// (MongoDB)'

export function defaultSqliteUrl(): string {
  return `file:${path.join(dataDir, 'payload.db')}`
}

/** Reads DATABASE_URL, defaulting to the embedded SQLite file, and names the adapter it needs. */
export function readDatabaseUrl(raw = process.env.DATABASE_URL): { kind: DatabaseKind; url: string } {
  const value = raw?.trim() || defaultSqliteUrl()
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length)
    if (!file)
      throw new ConfigError(
        'DATABASE_URL="file:" thiếu đường dẫn tệp SQLite. Ví dụ: DATABASE_URL=file:./cms/data/payload.db',
      )
    return { kind: 'sqlite', url: `file:${path.resolve(projectRoot, file)}` }
  }
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: 'postgres', url: value }
  if (/^mongodb(\+srv)?:\/\//.test(value)) return { kind: 'mongodb', url: value }
  throw new ConfigError(
    `DATABASE_URL không hợp lệ: "${value.replace(/\/\/[^@/]*@/, '//***@')}". ` +
      `Các dạng được chấp nhận: ${ACCEPTED_DATABASE_SCHEMES}. ` +
      'Bỏ trống biến này để dùng SQLite nhúng mặc định trong cms/data/.',
  )
}

export function readServerUrl(): string {
  const raw = process.env.SERVER_URL?.trim() || `http://localhost:${process.env.CMS_PORT || 3000}`
  try {
    return new URL(raw).origin
  } catch {
    throw new ConfigError(
      `SERVER_URL không phải là địa chỉ hợp lệ: "${raw}". Ví dụ: SERVER_URL=https://thuvien.laichau.gov.vn`,
    )
  }
}

/** Demo mode prints and seeds a demo login; it is refused in production. */
export const isProduction = (): boolean => process.env.NODE_ENV === 'production' && process.env.DEMO_MODE !== '1'
