import type { ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'

import { startAdmin } from '../lib/admin'
import { type Env, freePort, waitForHttp } from '../lib/processes'

export interface BenchCms {
  cms: ChildProcess
  /** http://127.0.0.1:<port> */
  base: string
  /** The last 4,000 characters the server printed. */
  log: () => string
  /** Waits (2 min at most) until `path` answers; the error carries the server's log. */
  ready: (path: string) => Promise<void>
  /** SIGTERM, then the exit; nothing when it has already exited. */
  stop: () => Promise<void>
}

/** The production CMS (`next start`) for a bench section: a fresh secret, no demo, no site rebuilds, behind a trusted proxy. */
export async function startBenchCms(env: Env): Promise<BenchCms> {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const cms = startAdmin(port, {
    ...env,
    PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
    SERVER_URL: base,
    TRUSTED_PROXY: '1',
    SITE_AUTO_REBUILD: '0',
    DEMO_MODE: '0',
  })
  let log = ''
  cms.stdout?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)))
  cms.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)))
  return {
    cms,
    base,
    log: () => log,
    ready: (path) =>
      waitForHttp(`${base}${path}`, 120_000, cms).catch((error: Error) => {
        throw new Error(`${error.message}\n${log}`)
      }),
    stop: async () => {
      if (cms.exitCode !== null || cms.signalCode !== null) return
      cms.kill('SIGTERM')
      await new Promise((resolve) => cms.once('exit', resolve))
    },
  }
}
