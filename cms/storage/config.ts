import { ConfigError } from '../lib/env'

/** Where uploads live when S3 is on; read once from the environment (see docs/deploy.md). */
export interface S3Config {
  bucket: string
  endpoint: string | undefined
  region: string
  accessKeyId: string
  secretAccessKey: string
  forcePathStyle: boolean
  /** Where anyone reads the public copy of `<publicPrefix>/<filename>` as `<publicUrl><filename>`: the bucket's public URL of that prefix, or a CDN in front of it. */
  publicUrl: string
  /** Every upload, rendition and preview: never readable anonymously. */
  privatePrefix: string
  /** Copies of the files published materials show; the only part of the bucket a public policy opens. */
  publicPrefix: string
}

const REQUIRED = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'MEDIA_PUBLIC_URL'] as const
const ALL = [...REQUIRED, 'S3_ENDPOINT', 'S3_FORCE_PATH_STYLE'] as const

export const S3_PRIVATE_PREFIX = 'media'
export const S3_PUBLIC_PREFIX = 'public'

type Env = Record<string, string | undefined>

function httpUrl(name: string, raw: string): string {
  try {
    const url = new URL(raw)
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString()
  } catch {
    // Reported below.
  }
  throw new ConfigError(
    `${name} không phải là địa chỉ http(s) hợp lệ: "${raw}". Ví dụ: ${name}=https://s3.laichau.gov.vn`,
  )
}

/**
 * S3 storage is on when S3_BUCKET is set. Then every variable it needs must be
 * set too: a half-configured store would put uploads where nobody looks.
 * Returns null (local disk, MEDIA_DIR) when none of them is set.
 */
export function readS3Config(env: Env = process.env): S3Config | null {
  const value = (name: string) => env[name]?.trim() || undefined
  const present = ALL.filter((name) => value(name))
  if (present.length === 0) return null
  const missing = REQUIRED.filter((name) => !value(name))
  if (missing.length > 0)
    throw new ConfigError(
      `Cấu hình lưu trữ S3 chưa đủ: đã đặt ${present.join(', ')} nhưng thiếu ${missing.join(', ')}. ` +
        'Hãy đặt đủ các biến (xem docs/deploy.md, mục «Lưu tệp trên S3»), hoặc bỏ hết các biến S3_* và MEDIA_PUBLIC_URL để lưu tệp trên đĩa của máy chủ.',
    )
  const pathStyle = value('S3_FORCE_PATH_STYLE')
  if (pathStyle !== undefined && !['true', 'false', '1', '0'].includes(pathStyle))
    throw new ConfigError(`S3_FORCE_PATH_STYLE chỉ nhận true hoặc false, không nhận "${pathStyle}".`)
  const endpoint = value('S3_ENDPOINT')
  const publicUrl = httpUrl('MEDIA_PUBLIC_URL', value('MEDIA_PUBLIC_URL') as string)
  return {
    bucket: value('S3_BUCKET') as string,
    endpoint: endpoint ? httpUrl('S3_ENDPOINT', endpoint).replace(/\/$/, '') : undefined,
    region: value('S3_REGION') as string,
    accessKeyId: value('S3_ACCESS_KEY_ID') as string,
    secretAccessKey: value('S3_SECRET_ACCESS_KEY') as string,
    forcePathStyle: pathStyle === 'true' || pathStyle === '1',
    publicUrl: publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`,
    privatePrefix: S3_PRIVATE_PREFIX,
    publicPrefix: S3_PUBLIC_PREFIX,
  }
}

let loaded: { config: S3Config | null } | undefined

/** The process's S3 configuration, read once (null: files on local disk). */
export function s3Config(): S3Config | null {
  loaded ??= { config: readS3Config() }
  return loaded.config
}

/** Whether uploads go to S3 in this process. */
export const isS3Storage = (): boolean => s3Config() !== null
