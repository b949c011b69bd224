import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { REBUILD_QUEUE, REBUILD_TASK } from '@dvctt/cms/jobs/rebuildSite'
import { projectRoot } from '@dvctt/cms/lib/paths'

export type BuildOutcome = {
  code: number | null
  signal: NodeJS.Signals | null
  log: string
  result: Record<string, unknown> | null
}

/** A private output folder under .tmp/ for one test file; removed with its releases by `removeSiteDir`. */
export function testSiteDir(name: string): string {
  return path.join(projectRoot, '.tmp', `${name}-${process.pid}`, 'dist')
}

export function removeSiteDir(outDir: string): void {
  // Retried: the publisher may still be preparing its spare copy or deleting an old release in the background.
  fs.rmSync(path.dirname(outDir), { recursive: true, force: true, maxRetries: 20, retryDelay: 250 })
}

/** Starts scripts/build-site.ts as the CMS's rebuild job does (production, no jobs, no auto-rebuild). */
export function startSiteBuild(
  outDir: string,
  env: Record<string, string> = {},
  args: string[] = [],
): { child: ChildProcess; done: Promise<BuildOutcome> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'scripts', 'build-site.ts'), '--json', ...args],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        SITE_DIST_DIR: outDir,
        SITE_AUTO_REBUILD: '0',
        CMS_RUN_JOBS: '0',
        NODE_ENV: 'production',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let log = ''
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const done = new Promise<BuildOutcome>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => {
      let result: Record<string, unknown> | null = null
      try {
        result = code === 0 ? (JSON.parse(log.trim().split('\n').pop() ?? '') as Record<string, unknown>) : null
      } catch {
        result = null
      }
      resolve({ code, signal, log, result })
    })
  })
  return { child, done }
}

/**
 * A private live site for one test file: built fresh from what is published
 * now, with the rebuild jobs and recorded changes the fixtures made dropped.
 */
export async function freshLiveSite(payload: Payload, outDir: string): Promise<void> {
  removeSiteDir(outDir)
  await buildSiteOrFail(outDir)
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  await payload.delete({ collection: 'site-changes', where: { id: { exists: true } }, overrideAccess: true })
}

/** A build that must succeed; fails the test with the build's log otherwise. */
export async function buildSiteOrFail(
  outDir: string,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<Record<string, unknown>> {
  const outcome = await startSiteBuild(outDir, env, args).done
  if (outcome.code !== 0 || !outcome.result)
    throw new Error(`site build failed (exit ${outcome.code}):\n${outcome.log.slice(-4000)}`)
  return outcome.result
}

export const readPage = (outDir: string, route: string): string | null => {
  const file = path.join(outDir, route, route.endsWith('.json') ? '' : 'index.html')
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null
}

/** Runs the waiting site rebuild jobs now into outDir, as the CMS server's runner would after the debounce. */
export async function runPendingRebuilds(payload: Payload, outDir: string): Promise<void> {
  await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: REBUILD_TASK } }, { completedAt: { exists: false } }] },
    data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
  })
  process.env.SITE_DIST_DIR = outDir
  try {
    await payload.jobs.run({ queue: REBUILD_QUEUE })
  } finally {
    delete process.env.SITE_DIST_DIR
  }
}

/**
 * Runs the site jobs the server would run (the rebuild a save queued), then the consolidating full build an
 * incremental one queues for minutes later, so that no job of one test file falls due during a later one.
 */
export async function runSiteJobsAndConsolidate(payload: Payload): Promise<void> {
  await payload.jobs.run({ queue: REBUILD_QUEUE })
  await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: REBUILD_TASK } }, { completedAt: { exists: false } }] },
    data: { waitUntil: new Date().toISOString() },
  })
  await payload.jobs.run({ queue: REBUILD_QUEUE })
}
