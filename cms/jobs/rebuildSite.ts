import { spawn } from 'node:child_process'
import path from 'node:path'

import type { TaskConfig } from 'payload'

import { projectRoot } from '../lib/paths'

export const REBUILD_TASK = 'rebuildSite'
export const REBUILD_QUEUE = 'site'
export const REBUILD_DEBOUNCE_MS = Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 4000)

// One build at a time per process; scripts/build-site.ts also holds a lock file
// so a build started from the command line never overlaps one started here.
const running = Symbol.for('dvctt.siteBuild')
type Global = typeof globalThis & { [running]?: Promise<number> }

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
  handler: async ({ input, req }) => {
    const g = globalThis as Global
    while (g[running]) await g[running].catch(() => undefined)
    req.payload.logger.info(`Site rebuild started (${input.reason ?? 'manual'})`)
    const build = runBuild()
    g[running] = build
    try {
      const seconds = await build
      req.payload.logger.info(`Site rebuilt in ${seconds.toFixed(1)} s`)
      return { output: { seconds } }
    } finally {
      g[running] = undefined
    }
  },
}
