import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

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
