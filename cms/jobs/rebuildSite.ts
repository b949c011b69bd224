import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { siteOutDir, withJobLock } from './jobLock'
import { PublisherStoppedError, runPublisher } from './runPublisher'

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

type RebuildOutput = { output: { seconds: number } }

/**
 * Saves in separate transactions (a bulk publish) can each queue before any
 * sees the others. This build reads everything committed so far, so the other
 * waiting rebuilds have nothing left to do.
 */
async function dropOtherWaitingRebuilds(payload: Payload, jobId: number | string): Promise<void> {
  await payload.delete({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: REBUILD_TASK } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { id: { not_equals: jobId } },
      ],
    },
    overrideAccess: true,
  })
}

/** The build itself: every change recorded so far; those arriving during the build stay for the next one. */
async function build(payload: Payload, reasonInput: string | undefined): Promise<RebuildOutput> {
  // Taken before reading the changes: a change recorded after this instant is not in this build
  // (the admin compares the two to say whether a material is in the build running now).
  const since = new Date().toISOString()
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
    reasonInput === CONSOLIDATE_REASON || changes.some((c) => c.scope === 'full') || changedMaterials.length === 0
  const reason = reasonInput ?? 'manual'
  if (reason === PENDING_REASON && changes.length === 0) {
    // Queued for changes that a build elsewhere has since put live.
    payload.logger.info('Không còn thay đổi nào chưa dựng: bỏ qua lần dựng lại.')
    return { output: { seconds: 0 } }
  }

  payload.logger.info(`Bắt đầu dựng lại trang công khai (${reason}, ${changes.length} thay đổi)`)
  await setStatus(payload, {
    running: { since, mode: everything ? 'full' : 'incremental' },
  })
  try {
    const result = await runPublisher({ reason, changedMaterials, everything, outDir: siteOutDir() })
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
    const mode = result.mode === 'full' ? 'toàn bộ' : 'tăng dần'
    payload.logger.info(
      `Đã dựng xong trang công khai sau ${result.seconds.toFixed(1)} giây (${mode}, ${result.renderedPages} trang được dựng)`,
    )
    await queueFollowUp(payload, result.mode)
    return { output: { seconds: result.seconds } }
  } catch (error) {
    if (error instanceof PublisherStoppedError) {
      // Stopped, not failed: the changes stay recorded and a build is queued for whichever process runs next.
      await setStatus(payload, { running: { since: null, mode: null } })
      await queueRebuild(payload, changes.length > 0 ? PENDING_REASON : reason, 0)
      payload.logger.warn(
        'Dừng giữa lúc dựng trang: trang đang chạy được giữ nguyên; các thay đổi chưa dựng đã được xếp lại cho lần dựng sau.',
      )
      return { output: { seconds: 0 } }
    }
    const message = error instanceof Error ? error.message : String(error)
    const log = (error as { log?: string }).log ?? ''
    await setStatus(payload, {
      running: { since: null, mode: null },
      lastError: { at: new Date().toISOString(), message, log },
    })
    payload.logger.error(`Dựng lại trang công khai thất bại: ${message}`)
    throw error
  }
}

/**
 * Runs holding the site's rebuild lock. Another process building (a CMS server
 * still running jobs beside a worker) means this one backs off: its job ends
 * without building and a rebuild is queued again, so the changes are neither
 * lost nor built twice at once.
 */
function rebuildWhenFree(req: PayloadRequest, jobId: number | string, reason?: string): Promise<RebuildOutput> {
  const { payload } = req
  return withJobLock(
    'rebuild',
    {
      onLost: (error) =>
        payload.logger.error(
          `Khóa dựng trang bị mất giữa chừng (${error.message}); một tiến trình khác có thể dựng cùng lúc.`,
        ),
    },
    async () => {
      await dropOtherWaitingRebuilds(payload, jobId)
      return build(payload, reason)
    },
    async () => {
      payload.logger.info('Một tiến trình khác đang dựng trang công khai: việc này được xếp lại sau lần dựng đó.')
      // Whatever this job was for is in the recorded changes, except a consolidation, which has none.
      await queueRebuild(payload, reason === CONSOLIDATE_REASON ? reason : PENDING_REASON, REBUILD_DEBOUNCE_MS)
      return { output: { seconds: 0 } }
    },
  )
}

export const rebuildSiteTask: TaskConfig<{ input: { reason?: string }; output: { seconds: number } }> = {
  slug: REBUILD_TASK,
  label: 'Dựng lại trang công khai',
  inputSchema: [{ name: 'reason', type: 'text' }],
  outputSchema: [{ name: 'seconds', type: 'number' }],
  retries: 1,
  // One key for every rebuild: never two at a time (exclusive), and a newly
  // queued rebuild replaces one still waiting (supersedes), which debounces bursts.
  // Across processes the key is not enough (see jobLock.ts): rebuildWhenFree holds a lock too.
  concurrency: { key: () => REBUILD_TASK, exclusive: true, supersedes: true },
  handler: ({ input, job, req }) => rebuildWhenFree(req, job.id, input.reason),
}
