import fs from 'node:fs'
import path from 'node:path'

import type { PublishMode, PublishRequest, PublishSuccess } from '@dvctt/cms/vocabulary/publish'

import { MATERIALS_FILE } from '../src/cms/buildRecord'
import { runAstro, siteDir } from './astro'
import { prepareSpare } from './assemble'
import { incrementalBuild } from './incremental'
import {
  type BuiltRelease,
  checkBuild,
  folderBytes,
  countPages,
  liveRelease,
  metaDirOf,
  moveRelease,
  newReleaseId,
  pruneReleases,
  type ReleaseManifest,
  readManifest,
  releasesDirOf,
  removeStaleStaging,
  stagingDirFor,
  swapLive,
  writeFileReplacing,
} from './releases'
import { precompressRelease } from './precompress'
import { pagefindIdsByUrl, writeBaseIndex } from './search'

const projectRoot = path.dirname(siteDir)
// SITE_DIST_DIR lets tests and benchmarks build beside the demo's site/dist.
export const liveDir = path.resolve(projectRoot, process.env.SITE_DIST_DIR ?? path.join(siteDir, 'dist'))

/** Above this many pages changed since the last full build, an incremental request builds everything. */
const DELTA_MAX_PAGES = Number(process.env.SITE_DELTA_MAX_PAGES ?? 200)
/** More changed materials than this in one build: a full build is simpler and not much slower. */
const INCREMENTAL_MAX_MATERIALS = Number(process.env.SITE_INCREMENTAL_MAX_MATERIALS ?? 50)

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * A cross-process lock so two builds of one site never run at once (builds of
 * other output folders, e.g. tests beside the demo, do not wait); a dead
 * holder's lock is taken over. Returns the release function.
 */
async function acquireLock(outDir: string, timeoutMs = 20 * 60 * 1000): Promise<() => void> {
  const lockFile = path.join(releasesDirOf(outDir), '.build.lock')
  fs.mkdirSync(path.dirname(lockFile), { recursive: true })
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' })
      return () => fs.rmSync(lockFile, { force: true })
    } catch {
      const holder = Number(fs.readFileSync(lockFile, 'utf8'))
      if (!holder || !isAlive(holder)) {
        fs.rmSync(lockFile, { force: true })
        continue
      }
      if (Date.now() > deadline) throw new Error(`một lần dựng khác (tiến trình ${holder}) vẫn đang chạy quá lâu`)
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
}

/** Renders every page and indexes them all into a new release (not yet live). */
export async function fullBuild(
  outDir: string,
  previous: { live: string | null; manifest: ReleaseManifest | null },
  started: number,
): Promise<BuiltRelease> {
  const staging = stagingDirFor(outDir, 'full')
  await runAstro(staging, { metaDir: metaDirOf(staging) })
  await writeBaseIndex(staging)
  const pages = countPages(staging)
  checkBuild(staging, pages, previous.manifest?.pages ?? (previous.live ? countPages(previous.live) : null))
  writeFileReplacing(path.join(metaDirOf(staging), 'pagefind-ids.json'), JSON.stringify(pagefindIdsByUrl(staging)))
  const id = newReleaseId('full')
  const builtAt = new Date().toISOString()
  const pagefindBytes = folderBytes(path.join(staging, 'pagefind'))
  await precompressRelease(staging, undefined, previous.live)
  const manifest: ReleaseManifest = {
    id,
    mode: 'full',
    builtAt,
    fullBuiltAt: builtAt,
    pages,
    pagefindBytes,
    seconds: (Date.now() - started) / 1000,
    delta: { changed: [], removed: [] },
  }
  writeFileReplacing(path.join(metaDirOf(staging), 'manifest.json'), JSON.stringify(manifest, null, 1))
  const release = path.join(releasesDirOf(outDir), id)
  moveRelease(staging, release)
  return { release, pages, renderedPages: pages, pagefindBytes }
}

/** Why this request cannot be built incrementally (so it is built in full), or nothing. */
function fullBecause(
  request: PublishRequest,
  live: string | null,
  manifest: ReleaseManifest | null,
): string | undefined {
  if (request.everything) return 'thay đổi có thể hiện trên mọi trang'
  if (!live || !manifest || !fs.existsSync(path.join(metaDirOf(live), MATERIALS_FILE)))
    return 'chưa có bản dựng đầy đủ nào đang chạy'
  if (!request.changedMaterials.length) return 'không biết tài liệu nào đã đổi'
  if (request.changedMaterials.length > INCREMENTAL_MAX_MATERIALS)
    return `${request.changedMaterials.length} tài liệu đổi cùng lúc (quá ${INCREMENTAL_MAX_MATERIALS})`
  const deltaPages = manifest.delta.changed.length + manifest.delta.removed.length
  if (deltaPages + request.changedMaterials.length > DELTA_MAX_PAGES)
    return `đã có ${deltaPages} trang đổi từ lần dựng đầy đủ trước (giới hạn ${DELTA_MAX_PAGES})`
  return undefined
}

/**
 * The publisher's one entry point: builds a new release of the static site
 * (in full, or only what the changed materials change) and makes it live only
 * when the build succeeded and passed its checks, so a failed or killed build
 * leaves the site being served untouched. Two builds of one site never overlap.
 */
export async function publish(request: PublishRequest): Promise<PublishSuccess> {
  const outDir = path.resolve(request.outDir ?? liveDir)
  const unlock = await acquireLock(outDir)
  const started = Date.now()
  try {
    const removedStaging = removeStaleStaging(outDir)
    const live = liveRelease(outDir)
    const manifest = live ? readManifest(live) : null
    const fallback = fullBecause(request, live, manifest)
    const mode: PublishMode = fallback ? 'full' : 'incremental'
    const built: BuiltRelease =
      mode === 'incremental' && live && manifest
        ? await incrementalBuild({ outDir, live, manifest, changedIds: request.changedMaterials, started })
        : await fullBuild(outDir, { live, manifest }, started)
    swapLive(outDir, built.release)
    pruneReleases(outDir)
    prepareSpare(built.release)
    return {
      ok: true,
      outDir,
      release: built.release,
      mode,
      // Only an incremental request that became full says why.
      fallback: request.everything ? undefined : fallback,
      pages: built.pages,
      renderedPages: built.renderedPages,
      phases: built.phases,
      pagefindBytes: built.pagefindBytes,
      seconds: (Date.now() - started) / 1000,
      removedStaging,
    }
  } catch (error) {
    removeStaleStaging(outDir)
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.+$/, '')
    throw new Error(
      `${reason}. Trang đang chạy (nếu có) vẫn được giữ nguyên tại ${path.relative(projectRoot, outDir)}/. ` +
        'Sửa lỗi nêu trên (chạy lại với DEBUG=1 để xem chi tiết) rồi chạy `npm run build:site`.',
      { cause: error },
    )
  } finally {
    unlock()
  }
}
