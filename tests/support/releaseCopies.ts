import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * A private live site laid out as site/publish/releases.ts lays it out
 * (`<dir>/dist` → `<dir>/dist.releases/<id>`), made of hard-link copies of a
 * built release, so a test can add, change and swap without rebuilding and
 * without touching the release other tests read.
 */
export class ReleaseCopies {
  readonly liveDir: string
  readonly releasesDir: string

  constructor(dir: string) {
    this.liveDir = path.join(dir, 'dist')
    this.releasesDir = path.join(dir, 'dist.releases')
    fs.mkdirSync(this.releasesDir, { recursive: true })
  }

  release(id: string): string {
    return path.join(this.releasesDir, id)
  }

  /**
   * A new release `id` from `source` (a release folder): every file a hard link,
   * except `files`, written as new files (unlink first: never into a shared inode).
   */
  copy(source: string, id: string, files: Record<string, string | Buffer> = {}): string {
    const target = this.release(id)
    execFileSync('cp', ['-al', source, target])
    for (const [route, content] of Object.entries(files)) {
      const file = path.join(target, route)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.rmSync(file, { force: true })
      fs.writeFileSync(file, content)
    }
    return target
  }

  /** Makes `id` live the way a deploy does: a fresh symlink renamed over the old one (atomic). */
  swapTo(id: string): void {
    const tmp = `${this.liveDir}.swap-${process.pid}`
    fs.rmSync(tmp, { force: true })
    fs.symlinkSync(path.relative(path.dirname(this.liveDir), this.release(id)), tmp)
    fs.renameSync(tmp, this.liveDir)
  }
}
