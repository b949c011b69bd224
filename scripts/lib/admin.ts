import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { cmsDir } from '@dvctt/cms/lib/paths'

import { type Env, run } from './processes'

const nextBin = path.join(cmsDir, 'node_modules', 'next', 'dist', 'bin', 'next')

export function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', '.next', 'data'].includes(entry.name)) continue
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

/** `next build` takes ~40 s, so reuse the admin build unless the CMS sources changed since. */
export function adminBuildIsCurrent(): boolean {
  const buildId = path.join(cmsDir, '.next', 'BUILD_ID')
  return fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > newestMtime(cmsDir)
}

export async function buildAdmin(): Promise<void> {
  await run(process.execPath, [nextBin, 'build'], {
    cwd: cmsDir,
    env: { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', SITE_AUTO_REBUILD: '0' },
    quiet: true,
  })
}

/**
 * The admin, REST and GraphQL under `next start`, processing the site-rebuild and
 * schedule queues unless CMS_JOBS=worker leaves them to `npm run worker`.
 */
export function startAdmin(port: number, env: Env, host?: string): ChildProcess {
  return spawn(process.execPath, [nextBin, 'start', '-p', String(port), ...(host ? ['-H', host] : [])], {
    cwd: cmsDir,
    env: { ...process.env, ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', CMS_RUN_JOBS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}
