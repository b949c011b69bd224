import fs from 'node:fs'
import path from 'node:path'

import { type DatabaseKind, readDatabaseUrl } from '@dvctt/cms/lib/env'
import { dataDir, mediaDir } from '@dvctt/cms/lib/paths'
import { s3Config } from '@dvctt/cms/storage/config'
import { bucketProblem } from '@dvctt/cms/storage/objectStreams'

import { uploadStagedMedia } from './bucketRestore'

import type { DatabaseRestorer } from './databases/restorer'
import { formatBytes, formatCount, type Manifest } from './manifest'
import { RestoreRefused } from './refusal'
import { stageArchive } from './stageArchive'
import { verifyArchive } from './verifyArchive'

type Log = (line: string) => void

// Each loads only its own driver.
async function restorerFor(kind: DatabaseKind): Promise<DatabaseRestorer> {
  if (kind === 'sqlite') return (await import('./databases/sqliteRestore')).sqliteRestorer
  if (kind === 'postgres') return (await import('./databases/postgresRestore')).postgresRestorer
  return (await import('./databases/mongodbRestore')).mongodbRestorer
}

/** A verified archive, unpacked beside its targets and ready to be swapped in. */
export interface PreparedRestore {
  manifest: Manifest
  kind: DatabaseKind
  url: string
  restorer: DatabaseRestorer
  stagedDatabase: string
  stagedMedia: string
  secret: Buffer | null
  /** Removes the staging folders (after a refusal, or what is left after the swap). */
  discard(): void
}

function stagingFolders(
  restorer: DatabaseRestorer,
  url: string,
): { database: string; media: string; discard: () => void } {
  const parent = restorer.stagingParent(url)
  fs.mkdirSync(parent, { recursive: true })
  fs.mkdirSync(path.dirname(mediaDir), { recursive: true })
  const database = fs.mkdtempSync(path.join(parent, '.restore-database-'))
  // Beside MEDIA_DIR, on the same filesystem, so the swap is a rename.
  const media = `${mediaDir}.restoring-${process.pid}`
  fs.rmSync(media, { recursive: true, force: true })
  fs.mkdirSync(media)
  const discard = () => {
    fs.rmSync(database, { recursive: true, force: true })
    fs.rmSync(media, { recursive: true, force: true })
  }
  // Ctrl-C during the long read leaves no staging folder behind.
  process.on('exit', discard)
  return { database, media, discard: () => (process.off('exit', discard), discard()) }
}

/**
 * Checks the target, then reads the whole archive into staging folders and
 * verifies it against its manifest. Refuses (RestoreRefused) on any problem;
 * until applyRestore nothing outside the staging folders is written.
 */
export async function prepareRestore(file: string, log: Log): Promise<PreparedRestore> {
  const archive = path.resolve(file)
  const stat = fs.statSync(archive, { throwIfNoEntry: false })
  if (!stat?.isFile())
    throw new RestoreRefused([`không thấy tệp sao lưu ${archive}`], 'Kiểm tra lại đường dẫn tới tệp sao lưu.')
  const { kind, url } = readDatabaseUrl()
  const restorer = await restorerFor(kind)
  await restorer.checkTarget(url)
  const bucket = s3Config()
  const unreachable = bucket && (await bucketProblem(bucket))
  if (unreachable)
    throw new RestoreRefused(
      [`tệp media được khôi phục vào bucket S3 đang cấu hình, nhưng ${unreachable}`],
      'Kiểm tra các biến S3_* (docs/deploy.md, mục «Lưu tệp trên S3»), tạo bucket nếu cần, rồi chạy lại.',
    )

  const staging = stagingFolders(restorer, url)
  try {
    log(`› Đọc và kiểm tra ${path.basename(archive)} (${formatBytes(stat.size)})…`)
    let lastReport = Date.now()
    const staged = await stageArchive(archive, staging, (bytes) => {
      if (Date.now() - lastReport < 5000) return
      lastReport = Date.now()
      log(`  … ${formatBytes(bytes)} / ${formatBytes(stat.size)}`)
    }).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error)
      if (/ENOSPC/.test(reason))
        throw new RestoreRefused(
          [`không đủ chỗ trống trên đĩa để giải nén bản sao lưu (${reason})`],
          'Giải phóng chỗ trống (cần khoảng bằng cỡ tệp sao lưu) rồi chạy lại.',
        )
      throw new RestoreRefused(
        [`tệp ${path.basename(archive)} không đọc được như một tệp sao lưu (${reason})`],
        'Tệp có thể bị cắt cụt hoặc không phải tệp sao lưu: dùng một bản sao lưu khác.',
      )
    })
    const manifest = verifyArchive(staged, kind)
    const stagedProblems = await restorer.checkStaged(staging.database)
    if (stagedProblems.length) throw new RestoreRefused(stagedProblems, 'Dùng một bản sao lưu khác.')
    return {
      manifest,
      kind,
      url,
      restorer,
      stagedDatabase: staging.database,
      stagedMedia: staging.media,
      secret: staged.secret,
      discard: staging.discard,
    }
  } catch (error) {
    staging.discard()
    throw error
  }
}

function writeSecret(secret: Buffer): void {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, 'payload-secret')
  const temporary = `${file}.restoring-${process.pid}`
  fs.writeFileSync(temporary, secret, { mode: 0o600 })
  fs.renameSync(temporary, file)
}

/** Replaces the database; `undo` runs when that fails, before the error is reported. */
async function replaceDatabase(prepared: PreparedRestore, log: Log, kept: string, undo: () => void) {
  log(`› Thay cơ sở dữ liệu ${prepared.kind}…`)
  try {
    return await prepared.restorer.replace(prepared.url, prepared.stagedDatabase)
  } catch (error) {
    undo()
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`${reason}. ${kept}; sửa lỗi trên rồi chạy lại lệnh khôi phục.`, { cause: error })
  }
}

/**
 * Swaps the media folder by renames (the old one stays until the database is
 * in), then replaces the database; if that fails the old media folder is put
 * back. With S3 storage on, the media files go into the bucket instead, before
 * the database is replaced. Returns notes for the person.
 */
export async function applyRestore(prepared: PreparedRestore, log: Log): Promise<string[]> {
  const notes: string[] = []
  const oldMedia = `${mediaDir}.before-restore-${process.pid}`
  const hadMedia = fs.existsSync(mediaDir)
  const bucket = s3Config()
  try {
    let replaced: Awaited<ReturnType<DatabaseRestorer['replace']>>
    if (bucket) {
      log(`› Đưa tệp media vào bucket S3 ${bucket.bucket}…`)
      const put = await uploadStagedMedia(bucket, prepared.stagedMedia, prepared.manifest, log).catch((error) => {
        const reason = error instanceof Error ? error.message : String(error)
        throw new Error(
          `không ghi được vào bucket ${bucket.bucket} (${reason}). Cơ sở dữ liệu cũ giữ nguyên; kiểm tra cấu hình S3_* rồi chạy lại lệnh khôi phục.`,
          { cause: error },
        )
      })
      notes.push(
        `Đã đưa ${formatCount(put.objects)} đối tượng media (${formatBytes(put.bytes)}) vào bucket S3 ${bucket.bucket}.`,
      )
      replaced = await replaceDatabase(prepared, log, 'Cơ sở dữ liệu cũ giữ nguyên', () => undefined)
    } else {
      log('› Thay thư mục media…')
      if (hadMedia) fs.renameSync(mediaDir, oldMedia)
      fs.renameSync(prepared.stagedMedia, mediaDir)
      replaced = await replaceDatabase(
        prepared,
        log,
        'Thư mục media cũ đã được trả lại, cơ sở dữ liệu cũ giữ nguyên',
        () => {
          fs.renameSync(mediaDir, prepared.stagedMedia)
          if (hadMedia) fs.renameSync(oldMedia, mediaDir)
        },
      )
    }
    if (prepared.secret && !process.env.PAYLOAD_SECRET?.trim()) writeSecret(prepared.secret)
    else if (prepared.secret)
      notes.push(
        'PAYLOAD_SECRET đang được đặt nên khóa bí mật trong bản sao lưu không được dùng: mọi người cần đăng nhập lại.',
      )
    await replaced.commit()
    fs.rmSync(oldMedia, { recursive: true, force: true })
    return notes
  } finally {
    prepared.discard()
  }
}
