import fs from 'node:fs'
import path from 'node:path'

import { releasesDirOf } from './releases'

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
export async function acquireLock(outDir: string, timeoutMs = 20 * 60 * 1000): Promise<() => void> {
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
