/**
 * setupFiles entry of every integration project. Runs in the test worker before
 * any test file is imported, so the CMS config (which reads DATABASE_URL at
 * import time) connects to the database this project's globalSetup prepared.
 */
import path from 'node:path'

import { inject } from 'vitest'

const problem = inject('databaseProblem')
if (problem) throw new Error(problem)

// A skipped suite never connects; the placeholder only keeps the config away from
// the developer's own cms/data/payload.db while its modules are imported.
process.env.DATABASE_URL = inject('databaseUrl') || 'mongodb://127.0.0.1:9/not-connected'
process.env.PAYLOAD_SECRET ||= 'integration-tests-only-secret'
// Uploads land in this run's own folder, never in the demo's media/uploads.
process.env.MEDIA_DIR ||= path.resolve(import.meta.dirname, '..', '..', '.tmp', `int-media-${process.pid}`)
// The tests inspect queued jobs; nothing in them may run a site build.
process.env.CMS_RUN_JOBS = '0'
// Rebuild queuing is behaviour under test: run with the production default.
delete process.env.SITE_AUTO_REBUILD
