import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The served site is a symlink, `<out>` → `<out>.releases/<id>`. A new build
 * becomes live by renaming a fresh symlink over it, which POSIX makes atomic:
 * every request sees either the old release or the new one, never a missing
 * folder. The two previous releases stay, so requests still reading them finish.
 */
export const RELEASES_KEPT = 3
/** Old releases being deleted in the background (pruneReleases). */
const PRUNED_PREFIX = '.pruned-'
/** A ready hard-link copy of the live release, for the next incremental build (assemble.ts). */
export const SPARE_PREFIX = '.spare-'
/**
 * Each release's bookkeeping (manifest, the published data it was built from,
 * search IDs) lives beside it in `<out>.releases/.meta/<id>/`, outside the
 * served folder: a web server pointed at a release must not expose it.
 */
export const metaDirOf = (release: string): string => path.join(path.dirname(release), '.meta', path.basename(release))

/** Renames a finished release (and its bookkeeping) from its staging name. */
export function moveRelease(from: string, to: string): void {
  fs.renameSync(from, to)
  if (fs.existsSync(metaDirOf(from))) fs.renameSync(metaDirOf(from), metaDirOf(to))
}

export type BuildMode = 'full' | 'incremental'

/** What each material contributes to the site, so an incremental build knows what to refresh or remove. */
export interface MaterialEntry {
  slug: string
  /** Sort keys of listings (absent for entries read from the CMS during an incremental build). */
  title?: string
  updatedAt?: string
  /** Listing routes the material appears on, page 1 of each ("/loai/to-roi/"). */
  listings: string[]
}

export interface ReleaseManifest {
  id: string
  mode: BuildMode
  builtAt: string
  /** When the last full build (the base search index) was made. */
  fullBuiltAt: string
  pages: number
  seconds: number
  /** Size of the base search index (unchanged until the next full build). */
  pagefindBytes?: number
  /** Pages rendered since the last full build, and pages removed since then (URLs with base). */
  delta: { changed: string[]; removed: string[] }
}

/** A release built but not yet live. */
export interface BuiltRelease {
  release: string
  pages: number
  renderedPages: number
  pagefindBytes: number
  phases?: Record<string, number>
}

export const releasesDirOf = (out: string): string => `${out}.releases`

export function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch {
    return null
  }
}

/**
 * Writes through a temporary file and a rename: never into an existing file,
 * which in an incremental release may be a hard link shared with the live one.
 */
export function writeFileReplacing(file: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.tmp-${process.pid}`
  fs.writeFileSync(tmp, content)
  fs.renameSync(tmp, file)
}

export function readManifest(release: string): ReleaseManifest | null {
  return readJson<ReleaseManifest>(path.join(metaDirOf(release), 'manifest.json'))
}

/** The folder being served now: the symlink's target, a pre-release plain folder, or null. */
export function liveRelease(out: string): string | null {
  try {
    const stat = fs.lstatSync(out)
    if (stat.isSymbolicLink()) return fs.realpathSync(out)
    if (stat.isDirectory()) return out
  } catch {
    return null
  }
  return null
}

export function newReleaseId(mode: BuildMode): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '')
  return `${stamp}-${String(Date.now() % 1000).padStart(3, '0')}-${mode}`
}

export function stagingDirFor(out: string, label: string): string {
  return path.join(releasesDirOf(out), `.staging-${label}-${process.pid}-${Date.now()}`)
}

/**
 * Staging folders of builds that died (killed, crashed) are removed. Called
 * under the build lock, so no other build can be writing one.
 */
export function removeStaleStaging(out: string): string[] {
  const dir = releasesDirOf(out)
  if (!fs.existsSync(dir)) return []
  const removed: string[] = []
  const live = liveRelease(out)
  for (const name of fs.readdirSync(dir)) {
    // Old releases a previous build began deleting: finish in the background too.
    if (name.startsWith(PRUNED_PREFIX)) removeInBackground(path.join(dir, name))
    // A spare copy (assemble.ts) of a release that is no longer live is of no use.
    if (name.startsWith(SPARE_PREFIX) && !(live && name.startsWith(`${SPARE_PREFIX}${path.basename(live)}`)))
      removeInBackground(path.join(dir, name))
    if (!name.startsWith('.staging-')) continue
    fs.rmSync(path.join(dir, name), { recursive: true, force: true })
    removed.push(name)
  }
  const meta = path.join(dir, '.meta')
  if (fs.existsSync(meta)) {
    for (const name of fs.readdirSync(meta))
      if (name.startsWith('.staging-')) fs.rmSync(path.join(meta, name), { recursive: true, force: true })
  }
  // Leftovers of the pre-release layout (`<out>-next-<pid>`).
  const parent = path.dirname(out)
  const base = path.basename(out)
  if (fs.existsSync(parent)) {
    for (const name of fs.readdirSync(parent)) {
      if (name.startsWith(`${base}-next-`) || name.startsWith(`${base}-old-`) || name.startsWith(`${base}.link-`)) {
        fs.rmSync(path.join(parent, name), { recursive: true, force: true })
        removed.push(name)
      }
    }
  }
  return removed
}

/** Bytes of every file under `dir` (0 if it does not exist). */
export function folderBytes(dir: string): number {
  let bytes = 0
  if (!fs.existsSync(dir)) return bytes
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size
  }
  return bytes
}

/** Pages of a built folder: every .html file. */
export function countPages(dir: string): number {
  let count = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) count++
  }
  return count
}

/**
 * Refuses a build that would break the site: missing home or search page,
 * missing search index, or far fewer pages than the live site (a half-empty
 * database read, a wrong DATABASE_URL). SITE_ALLOW_SHRINK=1 accepts a shrink.
 */
export function checkBuild(dir: string, pages: number, previousPages: number | null): void {
  const required: [string, string][] = [
    ['index.html', 'trang chủ (index.html)'],
    ['tim-kiem/index.html', 'trang tìm kiếm (tim-kiem/index.html)'],
    ['pagefind/pagefind-entry.json', 'chỉ mục tìm kiếm (pagefind/pagefind-entry.json)'],
  ]
  const missing = required.filter(([file]) => !fs.existsSync(path.join(dir, file))).map(([, label]) => label)
  if (missing.length) throw new Error(`bản dựng mới thiếu ${missing.join(', ')}, nên không được đưa lên`)
  if (
    previousPages !== null &&
    previousPages > 20 &&
    pages < previousPages * 0.5 &&
    process.env.SITE_ALLOW_SHRINK !== '1'
  ) {
    throw new Error(
      `bản dựng mới chỉ có ${pages} trang, ít hơn một nửa so với ${previousPages} trang đang chạy, nên không được đưa lên ` +
        '(có thể do đọc nhầm cơ sở dữ liệu). Nếu việc gỡ nhiều tài liệu là cố ý, dựng lại với SITE_ALLOW_SHRINK=1',
    )
  }
}

/**
 * Makes `release` the live site. A plain folder from before releases existed
 * is first moved into the releases folder (a moment without a live folder,
 * once, at the first deploy: a folder cannot be atomically replaced by a link).
 */
export function swapLive(out: string, release: string): void {
  const releases = releasesDirOf(out)
  fs.mkdirSync(releases, { recursive: true })
  try {
    const stat = fs.lstatSync(out)
    if (!stat.isSymbolicLink() && stat.isDirectory())
      fs.renameSync(out, path.join(releases, `00000000-legacy-${Date.now()}`))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const link = `${out}.link-${process.pid}`
  fs.rmSync(link, { force: true })
  // Relative target: the pair can be moved or mounted elsewhere together.
  fs.symlinkSync(path.relative(path.dirname(out), release), link)
  fs.renameSync(link, out)
}

/** Keeps the live release and the newest others up to RELEASES_KEPT; deletes the rest. */
/**
 * Deletes a folder in a detached, lowest-priority process, so the next build
 * is not slowed by it (tens of thousands of unlinks); in-process if `nice` is missing.
 */
export function removeInBackground(dir: string): void {
  const inProcess = () => fs.promises.rm(dir, { recursive: true, force: true }).catch(() => undefined)
  const child = spawn('nice', ['-n', '19', 'rm', '-rf', '--', dir], { detached: true, stdio: 'ignore' })
  child.on('error', inProcess)
  child.unref()
}

export function pruneReleases(out: string): void {
  const releases = releasesDirOf(out)
  const live = liveRelease(out)
  const names = fs
    .readdirSync(releases)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .reverse()
  let kept = 0
  for (const name of names) {
    const dir = path.join(releases, name)
    if (fs.realpathSync(dir) === live || kept < RELEASES_KEPT) {
      kept++
      continue
    }
    // Renamed out of the way at once, deleted in the background (tens of thousands of
    // files at 10,000 materials): a publish does not wait for it. A deletion cut
    // short is finished by the next build (removeStaleStaging).
    const doomed = path.join(releases, `${PRUNED_PREFIX}${name}`)
    fs.renameSync(dir, doomed)
    fs.rmSync(metaDirOf(dir), { recursive: true, force: true })
    removeInBackground(doomed)
  }
}
