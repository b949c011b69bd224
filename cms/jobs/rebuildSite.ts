import { spawn } from 'node:child_process'
import path from 'node:path'

import type { Payload, TaskConfig } from 'payload'

import { projectRoot } from '../lib/paths'

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
/** More changed materials than this in one build: a full build is simpler and not much slower. */
const INCREMENTAL_MAX_MATERIALS = Number(process.env.SITE_INCREMENTAL_MAX_MATERIALS ?? 50)
const LOG_LINES = 200
export const CONSOLIDATE_REASON = 'consolidate'

type Mode = 'full' | 'incremental'
type BuildOutput = { mode: Mode; pages: number; renderedPages: number; seconds: number; fallback?: string }

/** Keeps the last LOG_LINES lines of what a child printed. */
function tailKeeper(): { push: (chunk: Buffer) => void; text: () => string } {
  let lines: string[] = []
  let partial = ''
  return {
    push(chunk) {
      const parts = (partial + chunk.toString('utf8')).split('\n')
      partial = parts.pop() ?? ''
      lines.push(...parts)
      if (lines.length > LOG_LINES * 2) lines = lines.slice(-LOG_LINES)
    },
    text: () => [...lines, partial].filter((line, i, all) => line !== '' || i < all.length - 1).slice(-LOG_LINES).join('\n'),
  }
}

/**
 * Vite's own mode variables, which a test runner (Vitest) puts into the
 * environment. Passed on, they make the build think it is `astro dev` and
 * re-read the CMS every few seconds.
 */
const VITE_MODE_VARIABLES = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'])

function inheritedEnv(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_MODE_VARIABLES.has(key)))
}

/**
 * Runs scripts/build-site.ts, which builds a new release beside the live site
 * and swaps it in only on success. Its output goes to this process's log and,
 * on failure, into the site status shown in the admin.
 */
function runBuild(mode: Mode, materials: string[]): Promise<BuildOutput> {
  return new Promise((resolve, reject) => {
    const log = tailKeeper()
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'build-site.ts'), '--json'], {
      cwd: projectRoot,
      env: {
        ...inheritedEnv(),
        NODE_ENV: 'production',
        SITE_AUTO_REBUILD: '0',
        CMS_RUN_JOBS: '0',
        SITE_BUILD_MODE: mode,
        SITE_CHANGED_MATERIALS: JSON.stringify(materials),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk: Buffer) => {
      log.push(chunk)
      process.stdout.write(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      log.push(chunk)
      process.stderr.write(chunk)
    })
    child.on('error', (error) => reject(Object.assign(error, { log: log.text() })))
    child.on('close', (code, signal) => {
      const text = log.text()
      if (code === 0) {
        const last = text.trim().split('\n').pop() ?? ''
        try {
          resolve(JSON.parse(last) as BuildOutput)
        } catch {
          reject(Object.assign(new Error('Bản dựng xong nhưng không báo kết quả. Trang mới có thể đã được đưa lên; xem nhật ký.'), { log: text }))
        }
        return
      }
      const lastError = text.split('\n').reverse().find((line) => line.includes('✖'))
      const why = signal ? `bị dừng (tín hiệu ${signal})` : `thất bại (mã thoát ${code})`
      reject(
        Object.assign(new Error(`Dựng lại trang công khai ${why}. Trang cũ vẫn được giữ nguyên.${lastError ? ` ${lastError.replace(/^.*✖\s*/, '')}` : ''}`), {
          log: text,
        }),
      )
    })
  })
}

async function setStatus(payload: Payload, data: Record<string, unknown>): Promise<void> {
  // Outside the job's request: the dashboard must see "running" while the build runs.
  await payload.updateGlobal({ slug: 'site-status', data, overrideAccess: true })
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
    const { docs: changes } = await payload.find({ collection: 'site-changes', pagination: false, depth: 0, overrideAccess: true })
    const materials = [...new Set(changes.flatMap((c) => (c.scope === 'material' && c.material ? [c.material] : [])))]
    const needsFull =
      input.reason === CONSOLIDATE_REASON || changes.some((c) => c.scope === 'full') || materials.length === 0 || materials.length > INCREMENTAL_MAX_MATERIALS
    const mode: Mode = needsFull ? 'full' : 'incremental'

    payload.logger.info(`Site rebuild started (${input.reason ?? 'manual'}, ${mode}, ${changes.length} change(s))`)
    const startedAt = new Date()
    await setStatus(payload, { running: { since: startedAt.toISOString(), mode } })
    try {
      const result = await runBuild(mode, materials)
      if (changes.length) await payload.delete({ collection: 'site-changes', where: { id: { in: changes.map((c) => c.id) } }, overrideAccess: true })
      await setStatus(payload, {
        running: { since: null, mode: null },
        lastSuccess: {
          at: new Date().toISOString(),
          seconds: Math.round(result.seconds * 10) / 10,
          pages: result.pages,
          renderedPages: result.renderedPages,
          mode: result.mode,
          materials: materials.length,
        },
      })
      payload.logger.info(`Site rebuilt in ${result.seconds.toFixed(1)} s (${result.mode}, ${result.renderedPages} page(s) rendered)`)
      if (result.mode === 'incremental') {
        // Consolidate the search index and the pages an incremental build leaves stale, once quiet.
        await payload.jobs.queue({
          task: REBUILD_TASK,
          queue: REBUILD_QUEUE,
          input: { reason: CONSOLIDATE_REASON },
          waitUntil: new Date(Date.now() + FULL_REBUILD_AFTER_MS),
        })
      }
      return { output: { seconds: result.seconds } }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const log = (error as { log?: string }).log ?? ''
      await setStatus(payload, { running: { since: null, mode: null }, lastError: { at: new Date().toISOString(), message, log } })
      payload.logger.error(`Site rebuild failed: ${message}`)
      throw error
    }
  },
}
