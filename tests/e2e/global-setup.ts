import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { createSiteHandler } from '../../scripts/lib/site-server'
import { e2eEnv, e2eWork, projectRoot } from './env'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
  }
}

function runScript(script: string, args: string[] = [], env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', script), ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...e2eEnv, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (result.status !== 0) throw new Error(`${script} failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
}

/**
 * `npm start`'s own handler, plus what nginx sends on to the CMS (deploy/nginx/dvctt.conf): the usage
 * beacons of every page a test opens (SITE_USAGE_URL=/api/usage, env.ts), answered 204 as the CMS's endpoint
 * does and counted nowhere; tests/e2e/usage.test.ts intercepts them in Chromium and forwards them to a real CMS.
 */
function siteWithBeaconSink(): http.RequestListener {
  const site = createSiteHandler(e2eEnv.SITE_DIST_DIR)
  return (req, res) => {
    if (req.method !== 'POST' || req.url !== e2eEnv.SITE_USAGE_URL) return site(req, res)
    req.resume()
    req.on('end', () => res.writeHead(204).end())
  }
}

/** Seed → build → serve the built folder over real HTTP, like any static host. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  fs.rmSync(e2eWork, { recursive: true, force: true })
  fs.mkdirSync(e2eWork, { recursive: true })
  runScript('seed.ts')
  // site-bundle.test.ts reads which modules the site's bundles were made from.
  runScript('build-site.ts', [], {
    NODE_ENV: 'production',
    SITE_BUNDLE_MODULES: path.join(e2eWork, 'bundle-modules.json'),
  })

  // Served by `npm start`'s own server: its headers (nosniff, sandboxing CSP, feed types), sized oEmbed, gzip.
  const server = http.createServer(siteWithBeaconSink())
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  project.provide('siteUrl', `http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  return () => new Promise<void>((resolve) => server.close(() => resolve()))
}
