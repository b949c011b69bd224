import type { S3Config } from '@dvctt/cms/storage/config'
import { openObject } from '@dvctt/cms/storage/objectStreams'
import { objectFolder } from '@dvctt/cms/storage/objects'

import type { ArchiveWriter } from './archiveWriter'
import { type Manifest, MEDIA_PREFIX } from './manifest'
import { isSafeMediaName } from './mediaNames'

type Log = (line: string) => void

/**
 * With S3 storage on, the private `media/` objects the copied records name go
 * into the archive as `media/<name>`, exactly as files from MEDIA_DIR would:
 * streamed from the bucket (videos can be hundreds of MB), hashed on the way.
 * The public copies are not archived: restore makes them again from the
 * restored records. An object gone since the database copy is reported missing.
 */
export async function archiveBucket(
  writer: ArchiveWriter,
  filenames: string[],
  config: S3Config,
  log: Log,
): Promise<Manifest['media']> {
  const folder = objectFolder(config, config.privatePrefix)
  const names = [...new Set(filenames)].filter(isSafeMediaName).sort()
  const missing: string[] = []
  const contentTypes: Record<string, string> = {}
  let bytes = 0
  let files = 0
  let lastReport = Date.now()
  for (const name of names) {
    const object = await openObject(config, folder.key(name))
    if (!object) {
      missing.push(name)
      continue
    }
    try {
      await writer.addStream(`${MEDIA_PREFIX}${name}`, object.size, object.size ? object.body : null)
    } finally {
      object.body.destroy()
    }
    contentTypes[name] = object.contentType ?? 'application/octet-stream'
    files++
    bytes += object.size
    if (Date.now() - lastReport > 5000) {
      lastReport = Date.now()
      log(`  … ${files}/${names.length} đối tượng trong bucket`)
    }
  }
  return { files, bytes, missing, bucket: { name: config.bucket, contentTypes } }
}
