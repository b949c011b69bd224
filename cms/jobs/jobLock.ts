import fs from 'node:fs'
import path from 'node:path'

import lockfile from 'proper-lockfile'

import { projectRoot } from '../lib/paths'

/** The folder the site is published to (a symlink to its live release); tests and benchmarks set SITE_DIST_DIR. */
export function siteOutDir(): string {
  return path.resolve(projectRoot, process.env.SITE_DIST_DIR ?? path.join('site', 'dist'))
}

/**
 * A lock whose holder stops refreshing it (a killed process, a machine that went away)
 * is taken over after this long. Its holder refreshes it every half of that.
 */
const STALE_MS = 30_000

export type JobLockName = 'rebuild' | 'schedule'

/** Where the lock lives: beside the site's folder, which every process building it shares (docs/deploy.md). */
export const jobLockPath = (name: JobLockName, outDir = siteOutDir()): string => `${outDir}.${name}.lock`

/**
 * Payload's job queue cannot promise that two processes never pick up the same
 * job, or two jobs with one concurrency key, at the same moment: it reads which
 * keys are running, then claims jobs by reading their IDs and updating those
 * (payload/dist/queues/operations/runJobs, the adapters' updateJobs), with no
 * condition on the update. Tried with two workers: both claimed the same job in
 * the same millisecond. This lock closes that gap for the site's jobs: it is a directory created atomically beside the
 * site's folder (mkdir, so it also holds across machines sharing that folder
 * over NFS), refreshed while held. Returns its release, or null when another
 * process still holds it after `waitMs` (at once by default).
 */
async function tryJobLock(
  name: JobLockName,
  onLost: (error: Error) => void,
  { waitMs = 0, outDir = siteOutDir() }: { waitMs?: number; outDir?: string } = {},
): Promise<(() => Promise<void>) | null> {
  fs.mkdirSync(path.dirname(outDir), { recursive: true })
  try {
    // One target per name: proper-lockfile keeps its own table of held locks by target path.
    const release = await lockfile.lock(`${outDir}.${name}`, {
      realpath: false,
      stale: STALE_MS,
      // Every 250 ms until waitMs has passed.
      retries: waitMs > 0 ? { retries: Math.ceil(waitMs / 250), factor: 1, minTimeout: 250, maxTimeout: 250 } : 0,
      // The default throws from a timer, which would end the process.
      onCompromised: onLost,
    })
    // Released twice (a compromised lock, a stop) is not an error worth a crash.
    return () => release().catch(() => undefined)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') return null
    throw error
  }
}

/** Locks this process holds (by path), so that a job run under its queue's lock (the worker) does not lock again. */
const heldHere = new Set<string>()

/**
 * Runs `run` holding the named lock, or `busy` when another process holds it
 * (still after `waitMs`). Re-entrant in one process: `npm run worker` takes a
 * queue's lock around Payload's `jobs.run`, and the job's own handler then
 * runs under it. In the CMS server, which claims jobs without it, the handler
 * takes the lock itself.
 */
export async function withJobLock<T>(
  name: JobLockName,
  options: { waitMs?: number; onLost: (error: Error) => void },
  run: () => Promise<T>,
  busy: () => Promise<T>,
): Promise<T> {
  const file = jobLockPath(name)
  if (heldHere.has(file)) return run()
  const release = await tryJobLock(name, options.onLost, { waitMs: options.waitMs })
  if (!release) return busy()
  heldHere.add(file)
  try {
    return await run()
  } finally {
    heldHere.delete(file)
    await release()
  }
}
