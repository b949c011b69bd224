import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { projectRoot, siteDir } from '@dvctt/cms/lib/paths'

// SITE_DIST_DIR lets tests and benchmarks build beside the demo's site/dist.
export const liveDir = path.resolve(projectRoot, process.env.SITE_DIST_DIR ?? path.join(siteDir, 'dist'))
const lockFile = path.join(projectRoot, '.tmp', 'site-build.lock')

type AstroModule = { build: (options: { root: string; logLevel?: string }) => Promise<void> }

export type SiteBuildResult = { outDir: string; pages: number; pagefindBytes: number; seconds: number }

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A cross-process lock so two builds never run at once; a dead holder's lock is taken over. */
async function acquireLock(timeoutMs = 20 * 60 * 1000): Promise<() => void> {
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

function countFiles(dir: string, test: (name: string) => boolean): { count: number; bytes: number } {
  let count = 0
  let bytes = 0
  if (!fs.existsSync(dir)) return { count, bytes }
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !test(entry.name)) continue
    count += 1
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size
  }
  return { count, bytes }
}

/**
 * Builds the static site into a fresh folder and swaps it in only when the
 * build succeeded, so a failed build leaves the previous site being served.
 */
export async function buildSite(outDir = liveDir): Promise<SiteBuildResult> {
  const release = await acquireLock()
  const started = Date.now()
  const staging = `${outDir}-next-${process.pid}`
  try {
    fs.rmSync(staging, { recursive: true, force: true })
    process.env.SITE_OUT_DIR = staging
    const astroEntry = createRequire(path.join(siteDir, 'package.json')).resolve('astro')
    const astro = (await import(pathToFileURL(astroEntry).href)) as AstroModule
    await astro.build({ root: siteDir, logLevel: process.env.SITE_BUILD_LOG ?? 'warn' })
    if (!fs.existsSync(path.join(staging, 'index.html'))) throw new Error('bản dựng không có trang chủ (index.html)')
    const pages = countFiles(staging, (name) => name.endsWith('.html')).count
    const pagefindBytes = countFiles(path.join(staging, 'pagefind'), () => true).bytes
    const previous = `${outDir}-old-${process.pid}`
    if (fs.existsSync(outDir)) fs.renameSync(outDir, previous)
    fs.renameSync(staging, outDir)
    fs.rmSync(previous, { recursive: true, force: true })
    return { outDir, pages, pagefindBytes, seconds: (Date.now() - started) / 1000 }
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true })
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.+$/, '')
    throw new Error(
      `${reason}. Trang đã dựng trước đó (nếu có) vẫn được giữ nguyên tại ${path.relative(projectRoot, outDir)}/. ` +
        'Sửa lỗi nêu trên (chạy lại với DEBUG=1 để xem chi tiết) rồi chạy `npm run build:site`.',
      { cause: error },
    )
  } finally {
    release()
  }
}
