import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** /work/main/.tmp (git-ignored): every database the integration projects create lives under it. */
export const testTmpDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../.tmp')

export function ensureTestTmpDir(): string {
  fs.mkdirSync(testTmpDir, { recursive: true })
  return testTmpDir
}

/** A name no other run (or other project in this run) can pick: pid, time and randomness. */
export function uniqueRunName(prefix: string): string {
  const random = Math.random().toString(36).slice(2, 8)
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${random}`
}

/** True when a process with this pid still runs, so its leftovers must not be removed. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
