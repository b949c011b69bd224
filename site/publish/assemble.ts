/**
 * Assembling an incremental release: a hard-link copy of the live release,
 * the freshly rendered files moved over it, and the pages that no longer
 * exist removed.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { IncrementalScope } from '../src/cms/buildRecord'
import { OFFLINE_PACK_FILE } from '../src/lib/offlinePack/route'
import { SPARE_PREFIX } from './releases'
/** Every file under `dir`, as paths relative to it. */
export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

/**
 * A hard-link copy of a release: no extra space for unchanged files, and it
 * runs while Astro renders (≈ 2 s for 12,000 pages).
 */
export function linkCopy(from: string, to: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const cp = spawn('cp', ['-al', from, to], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    cp.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const fallback = () => {
      // No GNU cp (or no hard links on this file system): a plain copy is slower but equivalent.
      try {
        fs.rmSync(to, { recursive: true, force: true })
        fs.cpSync(from, to, { recursive: true })
        resolve()
      } catch (error) {
        reject(new Error(`không sao chép được bản đang chạy sang bản mới: ${stderr || String(error)}`))
      }
    }
    cp.on('error', fallback)
    cp.on('close', (code) => (code === 0 ? resolve() : fallback()))
  })
}

const spareOf = (live: string): string => path.join(path.dirname(live), `${SPARE_PREFIX}${path.basename(live)}`)

/**
 * After a release goes live: makes, at the lowest priority, the hard-link copy
 * the next incremental build starts from, so that build does not wait for
 * tens of thousands of links. Written under a `.partial` name, renamed when whole.
 */
export function prepareSpare(live: string): void {
  const spare = spareOf(live)
  const script = 'nice -n 19 cp -al -- "$1" "$2" && mv -- "$2" "$3"'
  spawn('sh', ['-c', script, 'sh', live, `${spare}.partial`, spare], { detached: true, stdio: 'ignore' }).unref()
}

/** Makes `release` a copy of `live`: the spare if it is ready, else a fresh hard-link copy. */
export function copyOfLive(live: string, release: string): Promise<void> {
  const spare = spareOf(live)
  if (fs.existsSync(spare)) {
    fs.renameSync(spare, release)
    return Promise.resolve()
  }
  return linkCopy(live, release)
}

/**
 * Removes from an assembled release the pages that no longer exist: a material
 * unpublished or renamed (its page, embed page, oEmbed file and print kits), a
 * listing that got shorter. An expired material's address may have been
 * rendered again, as its "hết hiệu lực" page. Returns the removed page URLs.
 */
export function removeStalePages(
  release: string,
  scope: IncrementalScope,
  rendered: Set<string>,
): { removed: string[]; removedPages: number } {
  const removed: string[] = []
  let removedPages = 0
  /** Removes a file or folder, counting the pages (.html) it held. */
  const remove = (target: string) => {
    if (!fs.existsSync(target)) return
    if (fs.statSync(target).isDirectory())
      removedPages += filesUnder(target).filter((file) => file.endsWith('.html')).length
    fs.rmSync(target, { recursive: true, force: true })
  }
  for (const { before, now } of Object.values(scope.slugs)) {
    if (!before || before === now) continue
    if (!rendered.has(path.join('tai-lieu', before, 'index.html'))) remove(path.join(release, 'tai-lieu', before))
    // Its embed page goes with it (an expired material has none), unless another material took the address in this build.
    if (!rendered.has(path.join('nhung', before, 'index.html'))) remove(path.join(release, 'nhung', before))
    // Its oEmbed file goes with its page (an expired page has none), unless another material took the address in this build.
    const oembed = path.join('oembed', `${before}.json`)
    if (!rendered.has(oembed)) fs.rmSync(path.join(release, oembed), { force: true })
    removed.push(`/tai-lieu/${before}/`)
  }
  // A changed material's print kits are all rendered with its page: any other file there is stale
  // (no longer a template, a unit it no longer reaches, unpublished or renamed).
  for (const { before, now } of Object.values(scope.slugs)) {
    for (const slug of new Set([before, now])) {
      const dir = slug && path.join(release, 'in-an', slug)
      if (!slug || !dir || !fs.existsSync(dir)) continue
      for (const name of fs.readdirSync(dir))
        if (!rendered.has(path.join('in-an', slug, name))) fs.rmSync(path.join(dir, name), { force: true })
      if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir)
    }
  }
  for (const listing of scope.listings) {
    // A unit's offline pack is rendered with the unit's page 1: not rendered now means over the size limit or empty.
    const pack = path.join(listing.slice(1), OFFLINE_PACK_FILE)
    if (listing.startsWith('/don-vi/') && !rendered.has(pack)) fs.rmSync(path.join(release, pack), { force: true })
    // A listing rendered only up to some page kept its length; the pages after it are still right.
    if (scope.partial[listing] !== undefined) continue
    // A listing whose first page was not rendered no longer exists (a language-filtered listing, `/hmn/chu-de/x/`,
    // whose last material in that language left it): its pages go.
    const first = path.join(release, listing, 'index.html')
    if (!rendered.has(path.join(listing.slice(1), 'index.html')) && fs.existsSync(first)) {
      fs.rmSync(first)
      removedPages += 1
      remove(path.join(release, listing, 'trang'))
      continue
    }
    const pagesDir = path.join(release, listing, 'trang')
    if (!fs.existsSync(pagesDir)) continue
    for (const page of fs.readdirSync(pagesDir)) {
      if (!rendered.has(path.join(listing.slice(1), 'trang', page, 'index.html'))) remove(path.join(pagesDir, page))
    }
  }
  return { removed, removedPages }
}
