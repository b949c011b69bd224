import path from 'node:path'

import type { Payload, TaskConfig } from 'payload'

import { projectRoot } from '../lib/paths'

import { runPublisher } from './runPublisher'

export const REBUILD_TASK = 'rebuildSite'
export const REBUILD_QUEUE = 'site'
/**
 * Wait after the last save before building. Short, because publish-to-live is
 * measured in seconds; bursts are still one build (a newer rebuild supersedes
 * a waiting one) and never more than one running plus one waiting.
 */
export const REBUILD_DEBOUNCE_MS = Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 1500)
/** After an incremental build, a full build consolidates the search index once things are quiet this long. */
export const FULL_REBUILD_AFTER_MS = Number(process.env.SITE_FULL_REBUILD_AFTER_MS ?? 10 * 60 * 1000)
export const CONSOLIDATE_REASON = 'consolidate'
/** Queued when changes arrived while a build ran: they go live right after it. */
export const PENDING_REASON = 'pending'

async function setStatus(payload: Payload, data: Record<string, unknown>): Promise<void> {
  // Outside the job's request: the dashboard must see "running" while the build runs.
  await payload.updateGlobal({ slug: 'site-status', data, overrideAccess: true })
}

function queueRebuild(payload: Payload, reason: string, delayMs: number): Promise<unknown> {
  return payload.jobs.queue({
    task: REBUILD_TASK,
    queue: REBUILD_QUEUE,
    input: { reason },
    waitUntil: new Date(Date.now() + delayMs),
  })
}

/**
 * What comes after a successful build. Changes recorded while it ran get a
 * build of their own right away: queueing the consolidation now would replace
 * (supersede) their waiting job and leave them off the site until then.
 * Otherwise an incremental build is consolidated by a full one once quiet.
 */
async function queueFollowUp(payload: Payload, mode: 'full' | 'incremental'): Promise<void> {
  const { totalDocs: pending } = await payload.count({ collection: 'site-changes', overrideAccess: true })
  if (pending > 0) await queueRebuild(payload, PENDING_REASON, REBUILD_DEBOUNCE_MS)
  else if (mode === 'incremental') await queueRebuild(payload, CONSOLIDATE_REASON, FULL_REBUILD_AFTER_MS)
}

export const rebuildSiteTask: TaskConfig<{ input: { reason?: string }; output: { seconds: number } }> = {
  slug: REBUILD_TASK,
  label: 'Dựng lại trang công khai',
  inputSchema: [{ name: 'reason', type: 'text' }],
  outputSchema: [{ name: 'seconds', type: 'number' }],
  retries: 1,
  // One key for every rebuild: never two at a time (exclusive), and a newly
  // queued rebuild replaces one still waiting (supersedes), which debounces bursts.
  concurrency: { key: () => REBUILD_TASK, exclusive: true, supersedes: true },
  handler: async ({ input, job, req }) => {
    const { payload } = req
    // Saves in separate transactions (a bulk publish) can each queue before any
    // sees the others. This build reads everything committed so far, so the
    // other waiting rebuilds have nothing left to do.
    await payload.delete({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: REBUILD_TASK } },
          { processing: { equals: false } },
          { completedAt: { exists: false } },
          { id: { not_equals: job.id } },
        ],
      },
      overrideAccess: true,
    })
    // Every change recorded so far; those arriving during the build stay for the next one.
    const { docs: changes } = await payload.find({
      collection: 'site-changes',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const changedMaterials = [
      ...new Set(changes.flatMap((c) => (c.scope === 'material' && c.material ? [String(c.material)] : []))),
    ]
    const everything =
      input.reason === CONSOLIDATE_REASON || changes.some((c) => c.scope === 'full') || changedMaterials.length === 0
    const reason = input.reason ?? 'manual'

    payload.logger.info(`Site rebuild started (${reason}, ${changes.length} change(s))`)
    await setStatus(payload, {
      running: { since: new Date().toISOString(), mode: everything ? 'full' : 'incremental' },
    })
    try {
      // SITE_DIST_DIR: tests and benchmarks publish beside the demo's site.
      const outDir = process.env.SITE_DIST_DIR ? path.resolve(projectRoot, process.env.SITE_DIST_DIR) : undefined
      const result = await runPublisher({ reason, changedMaterials, everything, outDir })
      if (changes.length)
        await payload.delete({
          collection: 'site-changes',
          where: { id: { in: changes.map((c) => c.id) } },
          overrideAccess: true,
        })
      await setStatus(payload, {
        running: { since: null, mode: null },
        lastSuccess: {
          at: new Date().toISOString(),
          seconds: Math.round(result.seconds * 10) / 10,
          pages: result.pages,
          renderedPages: result.renderedPages,
          mode: result.mode,
          materials: changedMaterials.length,
        },
      })
      payload.logger.info(
        `Site rebuilt in ${result.seconds.toFixed(1)} s (${result.mode}, ${result.renderedPages} page(s) rendered)`,
      )
      await queueFollowUp(payload, result.mode)
      return { output: { seconds: result.seconds } }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const log = (error as { log?: string }).log ?? ''
      await setStatus(payload, {
        running: { since: null, mode: null },
        lastError: { at: new Date().toISOString(), message, log },
      })
      payload.logger.error(`Site rebuild failed: ${message}`)
      throw error
    }
  },
}
