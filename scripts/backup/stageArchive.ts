import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import tar from 'tar-stream'

import { DATABASE_PREFIX, MANIFEST_NAME, MEDIA_PREFIX, SECRET_ENTRY } from './manifest'
import { isSafeMediaName } from './mediaNames'

const MANIFEST_LIMIT = 64 * 1024 * 1024
const SECRET_LIMIT = 4096

export type StagedFile = { size: number; sha256: string }

/** What one pass over the archive left in the staging folders, and what was wrong with it. */
export interface StagedArchive {
  manifestText: string | null
  secret: Buffer | null
  /** Archive path → what was actually read for it. */
  files: Map<string, StagedFile>
  problems: string[]
}

export interface StagingDirs {
  /** Receives database/* entries. */
  database: string
  /** Receives media/* entries; becomes MEDIA_DIR when the restore goes ahead. */
  media: string
}

async function readSmall(entry: AsyncIterable<Buffer>, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of entry) {
    size += chunk.length
    if (size > limit) throw new Error(`${what} lớn bất thường (hơn ${limit} byte)`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

async function writeHashed(entry: AsyncIterable<Buffer>, destination: string): Promise<StagedFile> {
  const hash = crypto.createHash('sha256')
  let size = 0
  const counted = async function* () {
    for await (const chunk of entry) {
      hash.update(chunk)
      size += chunk.length
      yield chunk
    }
  }
  await pipeline(Readable.from(counted()), fs.createWriteStream(destination, { flags: 'wx', mode: 0o644 }))
  return { size, sha256: hash.digest('hex') }
}

/** Where an archive path goes on disk, or null for a path no backup of ours contains. */
function destinationOf(name: string, dirs: StagingDirs): string | null {
  for (const [prefix, dir] of [
    [DATABASE_PREFIX, dirs.database],
    [MEDIA_PREFIX, dirs.media],
  ] as const) {
    if (name.startsWith(prefix)) {
      const rest = name.slice(prefix.length)
      return isSafeMediaName(rest) ? path.join(dir, rest) : null
    }
  }
  return null
}

/**
 * Reads the archive once, writing every entry into the staging folders and
 * hashing it on the way. Nothing outside the staging folders is written; the
 * caller compares the result with the manifest before anything is replaced.
 * Throws only when the archive itself cannot be read (not a tar, cut short).
 */
export async function stageArchive(
  file: string,
  dirs: StagingDirs,
  onProgress?: (bytes: number) => void,
): Promise<StagedArchive> {
  const staged: StagedArchive = { manifestText: null, secret: null, files: new Map(), problems: [] }
  const extract = tar.extract()
  let read = 0
  const source = fs.createReadStream(file, { highWaterMark: 1024 * 1024 })
  source.on('data', (chunk) => {
    read += chunk.length
    onProgress?.(read)
  })
  source.on('error', (error) => extract.destroy(error))
  source.pipe(extract)
  for await (const item of extract) {
    const { name, type } = item.header
    const data = item as unknown as AsyncIterable<Buffer>
    if (type !== 'file') {
      staged.problems.push(`mục «${name}» không phải tệp thường (${type})`)
      item.resume()
      continue
    }
    if (name === MANIFEST_NAME || name === SECRET_ENTRY) {
      const bytes = await readSmall(data, name === MANIFEST_NAME ? MANIFEST_LIMIT : SECRET_LIMIT, name)
      if (staged.files.has(name)) staged.problems.push(`tệp «${name}» xuất hiện hai lần`)
      staged.files.set(name, { size: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex') })
      if (name === MANIFEST_NAME) staged.manifestText = bytes.toString('utf8')
      else staged.secret = bytes
      continue
    }
    const destination = destinationOf(name, dirs)
    if (!destination) {
      staged.problems.push(`tệp lạ «${name}» không thuộc một bản sao lưu của thư viện`)
      item.resume()
      continue
    }
    if (staged.files.has(name)) {
      staged.problems.push(`tệp «${name}» xuất hiện hai lần`)
      item.resume()
      continue
    }
    staged.files.set(name, await writeHashed(data, destination))
  }
  return staged
}
