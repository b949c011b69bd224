import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import zlib from 'node:zlib'

import { projectRoot, siteDir } from '@dvctt/cms/lib/paths'

import { incrementalBuild } from './site-incremental'
import {
  type BuildMode,
  metaDirOf,
  moveRelease,
  type ReleaseManifest,
  checkBuild,
  countPages,
  liveRelease,
  newReleaseId,
  pruneReleases,
  readManifest,
  releasesDirOf,
  removeStaleStaging,
  stagingDirFor,
  swapLive,
  writeFileReplacing,
} from './site-releases'

// SITE_DIST_DIR lets tests and benchmarks build beside the demo's site/dist.
export const liveDir = path.resolve(projectRoot, process.env.SITE_DIST_DIR ?? path.join(siteDir, 'dist'))

/** Above this many pages changed since the last full build, an incremental request builds everything. */
const DELTA_MAX_PAGES = Number(process.env.SITE_DELTA_MAX_PAGES ?? 200)

type AstroModule = { build: (options: { root: string; logLevel?: string }) => Promise<void> }

export interface SiteBuildOptions {
  /** `incremental` needs the changed material IDs and a live release; otherwise it falls back to full. */
  mode?: BuildMode
  changedMaterials?: string[]
}

export type SiteBuildResult = {
  outDir: string
  release: string
  mode: BuildMode
  /** Why an incremental request became a full build, if it did. */
  fallback?: string
  pages: number
  /** Pages rendered by this build (all of them for a full build). */
  renderedPages: number
  pagefindBytes: number
  seconds: number
  /** Seconds per step of an incremental build. */
  phases?: Record<string, number>
  /** Staging folders of earlier builds that died, removed before this one. */
  removedStaging: string[]
}

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
 * holder's lock is taken over.
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

function folderBytes(dir: string): number {
  let bytes = 0
  if (!fs.existsSync(dir)) return bytes
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size
  }
  return bytes
}

export interface AstroRunOptions {
  /** Limit the build to these routes (see site/src/lib/buildScope.ts). */
  onlyRoutes?: string[]
  /** Read unchanged materials from this snapshot of the live release; read `changed` again. */
  snapshot?: { file: string; changed: string[] }
}

/** The published data a release was built from (site/src/cms/sources/localApi.ts), in its bookkeeping folder. */
export const SNAPSHOT_FILE = 'data.json'
/** Each material's page and listings (site/src/integrations/pagefind.ts). */
export const MATERIALS_FILE = 'materials.json'

/** Runs Astro in this process into `outDir`. */
export async function runAstro(outDir: string, options: AstroRunOptions = {}): Promise<void> {
  const env: Record<string, string | undefined> = {
    SITE_OUT_DIR: outDir,
    SITE_ONLY_ROUTES: options.onlyRoutes ? JSON.stringify(options.onlyRoutes) : undefined,
    SITE_DATA_SNAPSHOT: options.snapshot?.file,
    SITE_CHANGED_MATERIALS: options.snapshot ? JSON.stringify(options.snapshot.changed) : undefined,
    SITE_DATA_SNAPSHOT_OUT: path.join(metaDirOf(outDir), SNAPSHOT_FILE),
    SITE_MATERIALS_MAP_OUT: path.join(metaDirOf(outDir), MATERIALS_FILE),
  }
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  const astroEntry = createRequire(path.join(siteDir, 'package.json')).resolve('astro')
  const astro = (await import(pathToFileURL(astroEntry).href)) as AstroModule
  try {
    await astro.build({ root: siteDir, logLevel: process.env.SITE_BUILD_LOG ?? 'warn' })
  } finally {
    // A later build in this process (tests, benchmarks) must not inherit this one's scope.
    for (const key of Object.keys(env)) if (key !== 'SITE_OUT_DIR') delete process.env[key]
  }
}

/**
 * Page URL → Pagefind page ID of the base index. The search island drops the
 * base index's results for pages changed since (their new entry comes from the
 * delta index), and Pagefind results carry only the ID until loaded.
 */
function pagefindIdsByUrl(dir: string): Record<string, string> {
  const fragments = path.join(dir, 'pagefind', 'fragment')
  const ids: Record<string, string> = {}
  if (!fs.existsSync(fragments)) return ids
  for (const name of fs.readdirSync(fragments)) {
    if (!name.endsWith('.pf_fragment')) continue
    const text = zlib.gunzipSync(fs.readFileSync(path.join(fragments, name))).toString('utf8')
    const url = /"url":"((?:[^"\\]|\\.)*)"/.exec(text)?.[1]
    if (url) ids[JSON.parse(`"${url}"`) as string] = name.replace(/\.pf_fragment$/, '')
  }
  return ids
}

export interface BuiltRelease {
  release: string
  pages: number
  renderedPages: number
  phases?: Record<string, number>
}

async function fullBuild(outDir: string, previous: { live: string | null; manifest: ReleaseManifest | null }, started: number): Promise<BuiltRelease> {
  const staging = stagingDirFor(outDir, 'full')
  await runAstro(staging)
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

/**
 * Builds the static site into a new release and makes it live only when the
 * build succeeded and passed `checkBuild`, so a failed or killed build leaves
 * the site being served untouched.
 */
export async function buildSite(outDir = liveDir, options: SiteBuildOptions = {}): Promise<SiteBuildResult> {
  const unlock = await acquireLock(outDir)
  const started = Date.now()
  try {
    const removedStaging = removeStaleStaging(outDir)
    const live = liveRelease(outDir)
    const manifest = live ? readManifest(live) : null
    let mode: BuildMode = options.mode ?? 'full'
    let fallback: string | undefined
    if (mode === 'incremental') {
      const deltaPages = (manifest?.delta.changed.length ?? 0) + (manifest?.delta.removed.length ?? 0)
      if (!live || !manifest || !fs.existsSync(path.join(metaDirOf(live), MATERIALS_FILE))) fallback = 'chưa có bản dựng đầy đủ nào đang chạy'
      else if (!options.changedMaterials?.length) fallback = 'không biết tài liệu nào đã đổi'
      else if (deltaPages + options.changedMaterials.length > DELTA_MAX_PAGES)
        fallback = `đã có ${deltaPages} trang đổi từ lần dựng đầy đủ trước (giới hạn ${DELTA_MAX_PAGES})`
      if (fallback) mode = 'full'
    }
    const built: BuiltRelease =
      mode === 'incremental' && live && manifest
        ? await incrementalBuild({ outDir, live, manifest, changedIds: options.changedMaterials ?? [], started })
        : await fullBuild(outDir, { live, manifest }, started)
    swapLive(outDir, built.release)
    pruneReleases(outDir)
    return {
      outDir,
      release: built.release,
      mode,
      fallback,
      pages: built.pages,
      renderedPages: built.renderedPages,
      phases: built.phases,
      pagefindBytes: folderBytes(path.join(built.release, 'pagefind')),
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
