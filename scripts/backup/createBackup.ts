import fs from 'node:fs'
import path from 'node:path'

import { type DatabaseKind, readDatabaseUrl } from '@dvctt/cms/lib/env'
import { dataDir, mediaDir } from '@dvctt/cms/lib/paths'
import { s3Config } from '@dvctt/cms/storage/config'

import { ArchiveWriter } from './archiveWriter'
import type { DatabaseSnapshot } from './databases/types'
import { ARCHIVE_FORMAT, DATABASE_PREFIX, type Manifest, MANIFEST_NAME, productInfo, SECRET_ENTRY } from './manifest'
import { archiveBucket } from './bucketArchive'
import { archiveMedia, pinMediaFiles } from './mediaArchive'

// Each loads only its own driver.
const snapshotters: Record<DatabaseKind, (url: string, workDir: string) => Promise<DatabaseSnapshot>> = {
  sqlite: async (url, workDir) => (await import('./databases/sqliteSnapshot')).snapshotSqlite(url, workDir),
  postgres: async (url, workDir) => (await import('./databases/postgresSnapshot')).snapshotPostgres(url, workDir),
  mongodb: async (url, workDir) => (await import('./databases/mongodbSnapshot')).snapshotMongodb(url, workDir),
}

export interface BackupResult {
  file: string
  manifest: Manifest
  archiveBytes: number
  warnings: string[]
}

type Log = (line: string) => void

/** The generated secret travels with the data it signs, unless the operator keeps PAYLOAD_SECRET elsewhere. */
function generatedSecret(): Buffer | null {
  if (process.env.PAYLOAD_SECRET?.trim()) return null
  try {
    return fs.readFileSync(path.join(dataDir, 'payload-secret'))
  } catch {
    return null
  }
}

export async function createBackup(target: string, log: Log): Promise<BackupResult> {
  const { kind, url } = readDatabaseUrl()
  const file = path.resolve(target)
  if (!fs.existsSync(path.dirname(file)))
    throw new Error(`thư mục ${path.dirname(file)} không tồn tại. Tạo thư mục đó hoặc chọn đường dẫn khác.`)
  if (fs.existsSync(file) && !fs.statSync(file).isFile())
    throw new Error(`${file} là một thư mục. Hãy ghi rõ tên tệp, ví dụ ${path.join(file, 'sao-luu.tar')}.`)
  // Beside the archive: the database copy can be large, and /tmp is often small.
  const workDir = fs.mkdtempSync(path.join(path.dirname(file), '.backup-work-'))
  let writer: ArchiveWriter | undefined
  // Ctrl-C ends the process without unwinding: leave no work folder and no partial archive.
  let pinned: ReturnType<typeof pinMediaFiles> | undefined
  const cleanUp = () => {
    pinned?.release()
    fs.rmSync(workDir, { recursive: true, force: true })
    fs.rmSync(`${file}.partial`, { force: true })
  }
  process.on('exit', cleanUp)
  const bucket = s3Config()
  try {
    // Objects in the bucket are written once and never changed in place: nothing to pin.
    pinned = bucket ? undefined : pinMediaFiles()
    const copiedAt = new Date()
    log(`› Chép cơ sở dữ liệu ${kind} (CMS vẫn chạy bình thường)…`)
    const snapshot = await snapshotters[kind](url, workDir)
    writer = new ArchiveWriter(file)
    for (const entry of snapshot.files) await writer.addFile(`${DATABASE_PREFIX}${entry.name}`, entry.path)
    log(bucket ? `› Chép tệp media từ bucket S3 ${bucket.bucket}…` : `› Chép tệp media từ ${mediaDir}…`)
    const media = bucket
      ? await archiveBucket(writer, snapshot.mediaFilenames, bucket, log)
      : await archiveMedia(writer, snapshot.mediaFilenames, pinned?.dir ?? null, log)
    const secret = generatedSecret()
    if (secret) await writer.addBuffer(SECRET_ENTRY, secret)
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      product: productInfo(),
      createdAt: copiedAt.toISOString(),
      database: { kind, migrations: snapshot.migrations, counts: snapshot.counts },
      media,
      secretIncluded: Boolean(secret),
      files: [...writer.files],
    }
    await writer.finish(MANIFEST_NAME, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`))
    const warnings = [...snapshot.warnings]
    if (media.missing.length) {
      warnings.push(
        `${media.missing.length} tệp có trong cơ sở dữ liệu nhưng không có trong ${bucket ? `bucket ${bucket.bucket}` : mediaDir} (đã mất trước khi sao lưu; các bản ghi vẫn được sao lưu): ${media.missing.slice(0, 5).join(', ')}${media.missing.length > 5 ? ', …' : ''}`,
      )
    }
    return { file, manifest, archiveBytes: fs.statSync(file).size, warnings }
  } catch (error) {
    await writer?.abort()
    throw error
  } finally {
    pinned?.release()
    process.off('exit', cleanUp)
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}
