/**
 * Incremental publishing: Astro renders only what the changed materials change
 * (the scope is decided inside the run, src/lib/incrementalScope.ts); the new
 * release is a hard-link copy of the live one with those files replaced by
 * rename (never written in place: a hard link shares its content with the live
 * release). Search gets a delta index (search.ts).
 *
 * Staleness, by design until the next full build (queued after a quiet period
 * or when the delta grows past SITE_DELTA_MAX_PAGES): "related materials" boxes
 * and language-version links on other materials' pages, and the home page's
 * counts are refreshed only by what this build renders.
 */
import fs from 'node:fs'
import path from 'node:path'

import { type IncrementalScope, MATERIALS_FILE, SCOPE_FILE, SNAPSHOT_FILE } from '../src/cms/buildRecord'
import { runAstro } from './astro'
import { copyOfLive, filesUnder, removeStalePages } from './assemble'
import { OFFLINE_PACK_FILE } from '../src/lib/offlinePack/route'
import {
  type BuiltRelease,
  checkBuild,
  folderBytes,
  metaDirOf,
  moveRelease,
  newReleaseId,
  type ReleaseManifest,
  readJson,
  releasesDirOf,
  stagingDirFor,
  writeFileReplacing,
} from './releases'
import { precompressRelease } from './precompress'
import { writeDeltaExclusions, writeDeltaIndex } from './search'

export interface IncrementalInput {
  outDir: string
  live: string
  manifest: ReleaseManifest
  changedIds: string[]
  started: number
}

function phaseTimer() {
  const phases: Record<string, number> = {}
  let mark = performance.now()
  return {
    phases,
    done(name: string) {
      const now = performance.now()
      phases[name] = Math.round(now - mark) / 1000
      mark = now
    },
  }
}

/** Moves the rendered pages and data over the copy; assets (hashed names, new media) only when missing. Returns how many pages are new. */
function placeRendered(staging: string, release: string, rendered: string[]): number {
  let added = 0
  for (const file of rendered) {
    const target = path.join(release, file)
    // Feeds (/nguon/*.xml, *.atom) and loudspeaker playlists (/phat-thanh/*.m3u) are rendered data like pages and JSON;
    // so are print kits, which keep their names when their material changes.
    // A unit's offline pack too: rendered again exactly when one of the unit's materials changed.
    const isPage =
      /\.(html|json|xml|atom|m3u)$/.test(file) ||
      file.startsWith(`in-an${path.sep}`) ||
      file.endsWith(OFFLINE_PACK_FILE)
    const exists = fs.existsSync(target)
    if (!isPage && exists) continue
    if (!exists && file.endsWith('.html')) added++
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.renameSync(path.join(staging, file), target)
  }
  return added
}

/** The new release's bookkeeping: this build's data snapshot and map, the base index's IDs. */
function moveBookkeeping(staging: string, live: string, release: string): void {
  const meta = metaDirOf(release)
  fs.mkdirSync(meta, { recursive: true })
  for (const file of [SNAPSHOT_FILE, MATERIALS_FILE]) {
    const fresh = path.join(metaDirOf(staging), file)
    if (fs.existsSync(fresh)) fs.renameSync(fresh, path.join(meta, file))
  }
  fs.copyFileSync(path.join(metaDirOf(live), 'pagefind-ids.json'), path.join(meta, 'pagefind-ids.json'))
}

export async function incrementalBuild({
  outDir,
  live,
  manifest,
  changedIds,
  started,
}: IncrementalInput): Promise<BuiltRelease> {
  const timer = phaseTimer()
  const staging = stagingDirFor(outDir, 'incremental')
  // Assembled under a staging name, so a build that dies here leaves only staging to clean.
  const release = stagingDirFor(outDir, 'assemble')
  const copied = copyOfLive(live, release)
  copied.catch(() => undefined)
  await runAstro(staging, {
    metaDir: metaDirOf(staging),
    incremental: { changed: changedIds, previousMetaDir: metaDirOf(live) },
  })
  timer.done('astro')
  const scope = readJson<IncrementalScope>(path.join(metaDirOf(staging), SCOPE_FILE))
  if (!scope) throw new Error('bản dựng phần thay đổi không ghi phạm vi đã dựng')
  const rendered = filesUnder(staging)
  await copied
  timer.done('linkCopy')

  const addedPages = placeRendered(staging, release, rendered)
  moveBookkeeping(staging, live, release)
  const { removed, removedPages } = removeStalePages(release, scope, new Set(rendered))
  fs.rmSync(staging, { recursive: true, force: true })
  fs.rmSync(metaDirOf(staging), { recursive: true, force: true })

  const pageUrls = new Set(scope.pageRoutes)
  const changed = [...new Set([...manifest.delta.changed, ...scope.pageRoutes])].filter(
    (url) => !removed.includes(url) || pageUrls.has(url),
  )
  const removedAll = [...new Set([...manifest.delta.removed, ...removed])].filter((url) => !pageUrls.has(url))
  timer.done('assemble')
  const baseIds = readJson<Record<string, string>>(path.join(metaDirOf(release), 'pagefind-ids.json')) ?? {}
  const delta = await writeDeltaIndex(release, changed, baseIds)
  const urls = { changed, removed: removedAll }
  writeDeltaExclusions(release, metaDirOf(release), urls, new Set(delta.ids), manifest.fullBuiltAt, delta.current)
  // The base index's siblings came with the copy of the live release.
  await precompressRelease(release, { astro: true, pagefind: ['pagefind-delta'] })
  timer.done('deltaIndex')

  // Counted from the change, not by walking tens of thousands of files.
  const pages = manifest.pages + addedPages - removedPages
  checkBuild(release, pages, manifest.pages)
  timer.done('check')
  const next: ReleaseManifest = {
    id: newReleaseId('incremental'),
    mode: 'incremental',
    builtAt: new Date().toISOString(),
    fullBuiltAt: manifest.fullBuiltAt,
    pages,
    seconds: (Date.now() - started) / 1000,
    // The base index is the live one's (hard links); a release made before this was recorded is measured once.
    pagefindBytes: manifest.pagefindBytes ?? folderBytes(path.join(release, 'pagefind')),
    delta: { changed, removed: removedAll },
  }
  writeFileReplacing(path.join(metaDirOf(release), 'manifest.json'), JSON.stringify(next, null, 1))
  const final = path.join(releasesDirOf(outDir), next.id)
  moveRelease(release, final)
  return {
    release: final,
    phases: timer.phases,
    pagefindBytes: next.pagefindBytes ?? 0,
    pages,
    renderedPages: rendered.filter((file) => file.endsWith('.html')).length,
  }
}
