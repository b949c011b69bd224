import type { ChildProcess } from 'node:child_process'

import { adminBuildIsCurrent, buildAdmin, startAdmin } from '../../scripts/lib/admin'
import { freePort, waitForHttp } from '../../scripts/lib/processes'

export interface RunningCms {
  url: string
  /** Everything the server printed so far, for failure messages. */
  log: () => string
  stop: () => void
}

/**
 * The CMS as `npm start` runs it (production build, `next start`), on the e2e
 * database, processing the site-rebuild queue so a publish reaches the served site.
 */
export async function startCms(env: Record<string, string> = {}): Promise<RunningCms> {
  if (!adminBuildIsCurrent()) await buildAdmin()
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = startAdmin(port, {
    SERVER_URL: url,
    SITE_AUTO_REBUILD: '1',
    SITE_REBUILD_DEBOUNCE_MS: '1000',
    DEMO_MODE: '1',
    ...env,
  })
  let log = ''
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  await waitForHttp(`${url}/api/users/me`, 60_000, child)
  return { url, log: () => log, stop: () => child.kill('SIGTERM') }
}
