import path from 'node:path'

import type { ReleaseManifest } from './releases'
import { checkBuild, countPages, metaDirOf, moveRelease, newReleaseId, releasesDirOf, stagingDirFor, writeFileReplacing } from './releases'
import { runAstro } from './astro'
import { pagefindIdsByUrl, writeBaseIndex } from './search'

export interface BuiltRelease {
  release: string
  pages: number
  renderedPages: number
  phases?: Record<string, number>
}

/** Renders every page and indexes them all into a new release (not yet live). */
export async function fullBuild(outDir: string, previous: { live: string | null; manifest: ReleaseManifest | null }, started: number): Promise<BuiltRelease> {
  const staging = stagingDirFor(outDir, 'full')
  await runAstro(staging, { metaDir: metaDirOf(staging) })
  await writeBaseIndex(staging)
  const pages = countPages(staging)
  checkBuild(staging, pages, previous.manifest?.pages ?? (previous.live ? countPages(previous.live) : null))
  writeFileReplacing(path.join(metaDirOf(staging), 'pagefind-ids.json'), JSON.stringify(pagefindIdsByUrl(staging)))
  const id = newReleaseId('full')
  const builtAt = new Date().toISOString()
  const manifest: ReleaseManifest = {
    id,
    mode: 'full',
    builtAt,
    fullBuiltAt: builtAt,
    pages,
    seconds: (Date.now() - started) / 1000,
    delta: { changed: [], removed: [] },
  }
  writeFileReplacing(path.join(metaDirOf(staging), 'manifest.json'), JSON.stringify(manifest, null, 1))
  const release = path.join(releasesDirOf(outDir), id)
  moveRelease(staging, release)
  return { release, pages, renderedPages: pages }
}
