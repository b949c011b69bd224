import { spawn } from 'node:child_process'
import path from 'node:path'

import type { TaskConfig } from 'payload'

import { projectRoot } from '../lib/paths'

export const REBUILD_TASK = 'rebuildSite'
export const REBUILD_QUEUE = 'site'
export const REBUILD_DEBOUNCE_MS = Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 4000)

/** Runs scripts/build-site.ts, which builds beside the live site and swaps it in only on success. */
function runBuild(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'build-site.ts')], {
      cwd: projectRoot,
      env: { ...process.env, NODE_ENV: 'production', SITE_AUTO_REBUILD: '0', CMS_RUN_JOBS: '0' },
      stdio: 'inherit',
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve((Date.now() - started) / 1000)
        : reject(new Error(`Dựng lại trang công khai thất bại (mã thoát ${code}). Trang cũ vẫn được giữ nguyên.`)),
    )
  })
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
    // Saves in separate transactions (a bulk publish) can each queue before any
    // sees the others. This build reads everything committed so far, so the
    // other waiting rebuilds have nothing left to do.
    await req.payload.delete({
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
      req,
    })
    req.payload.logger.info(`Site rebuild started (${input.reason ?? 'manual'})`)
    const seconds = await runBuild()
    req.payload.logger.info(`Site rebuilt in ${seconds.toFixed(1)} s`)
    return { output: { seconds } }
  },
}
