import fs from 'node:fs/promises'
import path from 'node:path'

import { mediaDir } from '../lib/paths'

/**
 * Resolves a file name taken from a Media document to a path inside the media
 * folder, or null when it would land anywhere else (a path part, "..", an
 * absolute name, a symlinked folder): cleanup must never follow a name out.
 */
export async function storedFilePath(
  filename: string | null | undefined,
  dir: string = mediaDir,
): Promise<string | null> {
  if (
    !filename ||
    filename !== path.basename(filename) ||
    filename === '.' ||
    filename === '..' ||
    filename.includes('\0')
  )
    return null
  const root = await fs.realpath(dir).catch(() => null)
  if (!root) return null
  const candidate = path.join(root, filename)
  if (path.dirname(candidate) !== root) return null
  return candidate
}

/** Deletes files the document names (previews, posters) from the media folder; missing files are fine. */
export async function removeStoredFiles(
  filenames: readonly (string | null | undefined)[],
  dir: string = mediaDir,
): Promise<void> {
  for (const name of filenames) {
    const filePath = await storedFilePath(name, dir)
    if (!filePath) continue
    const stat = await fs.lstat(filePath).catch(() => null)
    if (stat?.isFile()) await fs.unlink(filePath)
  }
}

/** `report.pdf` → `report-preview.webp`: derived files sit beside their original under a name made from it. */
export function derivedFilename(originalFilename: string, suffix: string, extension: string): string {
  const stem = path.basename(originalFilename).replace(/\.[^.]*$/, '')
  return `${stem}-${suffix}.${extension}`
}
