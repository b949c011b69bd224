import fs from 'node:fs'
import path from 'node:path'

import type { S3Config } from '@dvctt/cms/storage/config'
import { putObjectFile } from '@dvctt/cms/storage/objectStreams'
import { objectFolder } from '@dvctt/cms/storage/objects'

import { formatBytes, formatCount, type Manifest } from './manifest'

type Log = (line: string) => void

/**
 * With S3 storage on, the verified media files of the archive go back into
 * the configured bucket's private `media/` prefix, streamed from the staging
 * folder, before the database is replaced. Media names are unique and
 * written once, so putting an object that is already there changes nothing,
 * and a run that stops half-way leaves only objects the old records do not
 * name: the old database stays until every object is in. Objects the archive
 * does not hold are left alone.
 */
export async function uploadStagedMedia(
  config: S3Config,
  stagedDir: string,
  manifest: Manifest,
  log: Log,
): Promise<{ objects: number; bytes: number }> {
  const folder = objectFolder(config, config.privatePrefix)
  const types = manifest.media.bucket?.contentTypes ?? {}
  const names = fs.readdirSync(stagedDir).sort()
  let bytes = 0
  let lastReport = Date.now()
  for (const [index, name] of names.entries()) {
    const file = path.join(stagedDir, name)
    await putObjectFile(config, folder.key(name), file, { contentType: types[name] ?? 'application/octet-stream' })
    bytes += fs.statSync(file).size
    if (Date.now() - lastReport > 5000) {
      lastReport = Date.now()
      log(`  … ${formatCount(index + 1)}/${formatCount(names.length)} đối tượng (${formatBytes(bytes)})`)
    }
  }
  return { objects: names.length, bytes }
}
