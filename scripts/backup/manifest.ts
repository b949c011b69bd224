import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseKind } from '@dvctt/cms/lib/env'
import { projectRoot } from '@dvctt/cms/lib/paths'

/** Bumped when the archive layout changes in a way an older restore cannot read. */
export const ARCHIVE_FORMAT = 1
export const MANIFEST_NAME = 'manifest.json'
/** Every other entry sits under one of these folders. */
export const DATABASE_PREFIX = 'database/'
export const MEDIA_PREFIX = 'media/'
export const SECRET_ENTRY = 'secret/payload-secret'

export type ArchivedFile = { path: string; size: number; sha256: string }

export interface Manifest {
  format: typeof ARCHIVE_FORMAT
  /** `commit` names the exact code when the backup was made from a git checkout. */
  product: { name: string; version: string; commit?: string }
  createdAt: string
  database: {
    kind: DatabaseKind
    /** Migration names applied to the copied database (MongoDB: none). */
    migrations: string[]
    /** Rows per table (SQL) or documents per collection (MongoDB), as copied. */
    counts: Record<string, number>
  }
  media: {
    files: number
    bytes: number
    missing: string[]
    /** Present when the files came from S3 storage: the bucket, and each object's Content-Type to put back. */
    bucket?: { name: string; contentTypes: Record<string, string> }
  }
  secretIncluded: boolean
  files: ArchivedFile[]
}

export function productInfo(): Manifest['product'] {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    name?: string
    version?: string
  }
  let commit: string | undefined
  try {
    commit =
      execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
        cwd: projectRoot,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || undefined
  } catch {
    commit = undefined
  }
  return { name: pkg.name ?? 'dvctt-library', version: pkg.version ?? '0.0.0', ...(commit ? { commit } : {}) }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

/** Checks the shape of a manifest read from an archive; returns a reason when it is not one. */
export function parseManifest(text: string): Manifest | string {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return `${MANIFEST_NAME} không phải JSON hợp lệ`
  }
  if (!isRecord(value)) return `${MANIFEST_NAME} không đúng dạng`
  if (value.format !== ARCHIVE_FORMAT)
    return `${MANIFEST_NAME} có định dạng ${String(value.format)}, bản này chỉ đọc định dạng ${ARCHIVE_FORMAT}`
  const { database, files, product } = value
  if (!isRecord(product) || typeof product.version !== 'string') return `${MANIFEST_NAME} thiếu phiên bản sản phẩm`
  if (!isRecord(database) || !['sqlite', 'postgres', 'mongodb'].includes(String(database.kind)))
    return `${MANIFEST_NAME} thiếu loại cơ sở dữ liệu`
  if (!isStringArray(database.migrations)) return `${MANIFEST_NAME} thiếu danh sách migration`
  if (!isRecord(database.counts)) return `${MANIFEST_NAME} thiếu số bản ghi`
  if (!isRecord(value.media) || !isStringArray(value.media.missing)) return `${MANIFEST_NAME} thiếu phần tệp media`
  const validFile = (file: unknown) =>
    isRecord(file) &&
    typeof file.path === 'string' &&
    Number.isSafeInteger(file.size) &&
    typeof file.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(file.sha256)
  if (!Array.isArray(files) || !files.every(validFile))
    return `${MANIFEST_NAME} thiếu danh sách tệp hoặc có mục sai dạng`
  return value as unknown as Manifest
}

/** "1,5 GB": sizes for people. */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${value.toLocaleString('vi-VN', { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`
}

export const formatCount = (value: number): string => value.toLocaleString('vi-VN')
