/**
 * setupFiles entry of every integration project. Runs in the test worker before
 * any test file is imported, so the CMS config (which reads DATABASE_URL at
 * import time) connects to the database this project's globalSetup prepared.
 */
import fs from 'node:fs'
import path from 'node:path'

import { inject } from 'vitest'

const problem = inject('databaseProblem')
if (problem) throw new Error(problem)

// A skipped suite never connects; the placeholder only keeps the config away from
// the developer's own cms/data/payload.db while its modules are imported.
process.env.DATABASE_URL = inject('databaseUrl') || 'mongodb://127.0.0.1:9/not-connected'
process.env.PAYLOAD_SECRET ||= 'integration-tests-only-secret'
// Uploads land in this worker's own folder, never in the demo's media/uploads. It goes when the
// worker exits normally; Vitest may end workers by signal, so folders of workers that are gone
// are removed at the next start too.
if (!process.env.MEDIA_DIR) {
  const tmp = path.resolve(import.meta.dirname, '..', '..', '.tmp')
  for (const name of fs.existsSync(tmp) ? fs.readdirSync(tmp) : []) {
    const pid = Number(/^int-media-(\d+)$/.exec(name)?.[1])
    if (pid && pid !== process.pid && !isRunning(pid)) fs.rmSync(path.join(tmp, name), { recursive: true, force: true })
  }
  const mediaDir = path.join(tmp, `int-media-${process.pid}`)
  process.env.MEDIA_DIR = mediaDir
  process.on('exit', () => fs.rmSync(mediaDir, { recursive: true, force: true }))
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

// The tests inspect queued jobs; nothing in them may run a site build.
process.env.CMS_RUN_JOBS = '0'
// Rebuild queuing is behaviour under test: run with the production default.
delete process.env.SITE_AUTO_REBUILD
