import fs from 'node:fs'
import path from 'node:path'

import { mediaDir } from '@dvctt/cms/lib/paths'

import type { ArchiveWriter } from './archiveWriter'
import { type Manifest, MEDIA_PREFIX } from './manifest'
import { isSafeMediaName } from './mediaNames'

type Log = (line: string) => void

/**
 * Hard links to every media file, made just before the database copy: a file
 * an editor deletes or replaces while the backup runs is still there for the
 * copy's records that name it. Links cost no space and no copying; where the
 * filesystem refuses them the backup reads the live folder only.
 */
export function pinMediaFiles(): { dir: string | null; release: () => void } {
  if (!fs.existsSync(mediaDir)) return { dir: null, release: () => undefined }
  let dir: string | null = null
  try {
    dir = fs.mkdtempSync(path.join(path.dirname(mediaDir), '.backup-pinned-'))
    for (const name of fs.readdirSync(mediaDir)) {
      try {
        fs.linkSync(path.join(mediaDir, name), path.join(dir, name))
      } catch {
        // A folder, or a file gone since listing: nothing to pin.
      }
    }
  } catch {
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
    dir = null
  }
  const pinned = dir
  return { dir: pinned, release: () => pinned && fs.rmSync(pinned, { recursive: true, force: true }) }
}

async function regularFile(file: string): Promise<fs.Stats | null> {
  const stat = await fs.promises.lstat(file).catch(() => null)
  return stat?.isFile() ? stat : null
}

/**
 * Only the files the copied media records name are archived: a file uploaded
 * after the database copy belongs to a record the archive does not hold, so
 * it is left out with its record (a write is wholly in the backup or wholly
 * absent). Media files are written once and never changed in place.
 */
export async function archiveMedia(
  writer: ArchiveWriter,
  filenames: string[],
  pinnedDir: string | null,
  log: Log,
): Promise<Manifest['media']> {
  const names = [...new Set(filenames)].filter(isSafeMediaName).sort()
  const missing: string[] = []
  let bytes = 0
  let files = 0
  let lastReport = Date.now()
  for (const name of names) {
    const pinned = pinnedDir ? path.join(pinnedDir, name) : null
    const live = path.join(mediaDir, name)
    const pinnedStat = pinned ? await regularFile(pinned) : null
    const source =
      pinnedStat && pinned ? { file: pinned, stat: pinnedStat } : { file: live, stat: await regularFile(live) }
    if (!source.stat) {
      missing.push(name)
      continue
    }
    await writer.addFile(`${MEDIA_PREFIX}${name}`, source.file, source.stat.size)
    files++
    bytes += source.stat.size
    if (Date.now() - lastReport > 5000) {
      lastReport = Date.now()
      log(`  … ${files}/${names.length} tệp media`)
    }
  }
  return { files, bytes, missing }
}
