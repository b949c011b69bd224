/**
 * A rebuild makes a new release live by renaming a symlink over `site/dist`
 * (site/publish/releases.ts). Behind nginx (deploy/nginx/dvctt.conf) that
 * swap must lose no request: several clients read pages, the search entry, a
 * feed and a 2 MB file over HTTPS for ~5 s while the link flips between two
 * releases every few milliseconds. Every answer is a 200 whose body is wholly
 * one release's file, and both releases are seen.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import https from 'node:https'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { type RunningNginx, startNginx } from '../support/nginx'
import { rawRequest } from '../support/rawHttp'
import { ReleaseCopies } from '../support/releaseCopies'
import { e2eEnv, projectRoot } from './env'

const work = path.join(projectRoot, '.tmp', `nginx-swap-${process.pid}`)
const LOOP_MS = 5_000
const CLIENTS = 6
const SWAP_EVERY_MS = 3
const BIG_FILE = '/tep/kiem-thu-doi-ban.pdf'
const ROUTES = ['/', '/tim-kiem/', '/pagefind/pagefind-entry.json', '/nguon/tat-ca.xml', BIG_FILE]

let nginx: RunningNginx
let copies: ReleaseCopies
/** route → release id → the exact bytes that release holds. */
const expected = new Map<string, Map<string, Buffer>>()

const fileFor = (route: string): string => (route.endsWith('/') ? `${route}index.html` : route).slice(1)

/** Each release's own version of every route: the same page with a mark of its release. */
function releaseFiles(source: string, id: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {}
  for (const route of ROUTES) {
    if (route === BIG_FILE) {
      files[fileFor(route)] = crypto.randomBytes(2 * 1024 * 1024)
      continue
    }
    const original = fs.readFileSync(path.join(source, fileFor(route)), 'utf8')
    files[fileFor(route)] = Buffer.from(
      route.endsWith('.json')
        ? JSON.stringify({ ...JSON.parse(original), release: id })
        : `${original}\n<!-- release ${id} -->\n`,
    )
  }
  for (const route of ROUTES) {
    const byRelease = expected.get(route) ?? new Map<string, Buffer>()
    byRelease.set(id, files[fileFor(route)] as Buffer)
    expected.set(route, byRelease)
  }
  return files
}

beforeAll(async () => {
  const source = fs.realpathSync(e2eEnv.SITE_DIST_DIR)
  copies = new ReleaseCopies(path.join(work, 'site'))
  for (const id of ['a', 'b']) copies.copy(source, id, releaseFiles(source, id))
  copies.swapTo('a')
  nginx = await startNginx({ dir: path.join(work, 'nginx'), siteRoot: copies.liveDir, cms: '127.0.0.1:9' })
})

afterAll(async () => {
  await nginx?.stop()
  fs.rmSync(work, { recursive: true, force: true })
})

interface Tally {
  requests: number
  failures: string[]
  seen: Record<string, number>
}

/** One client: its own keep-alive connection, the routes in turn, until the deadline. */
async function client(index: number, deadline: number, tally: Tally): Promise<void> {
  const agent = new https.Agent({ keepAlive: true, maxSockets: 1 })
  const gzip = index % 2 === 0
  try {
    for (let n = index; Date.now() < deadline; n++) {
      const route = ROUTES[n % ROUTES.length] as string
      tally.requests++
      try {
        const response = await rawRequest(nginx.httpsUrl + route, {
          ca: nginx.ca,
          agent,
          headers: gzip ? { 'accept-encoding': 'gzip' } : {},
        })
        const body = response.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(response.body) : response.body
        const release = [...(expected.get(route) ?? [])].find(([, bytes]) => bytes.equals(body))?.[0]
        if (response.status !== 200) tally.failures.push(`${route}: HTTP ${response.status}`)
        else if (!release) tally.failures.push(`${route}: ${body.length} bytes matching neither release`)
        else tally.seen[release] = (tally.seen[release] ?? 0) + 1
      } catch (error) {
        tally.failures.push(`${route}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  } finally {
    agent.destroy()
  }
}

/**
 * Swaps in a process of its own, as the CMS's rebuild job does, so that the
 * swaps keep their pace however busy the clients keep this one. The same swap as
 * ReleaseCopies.swapTo (site/publish/releases.ts): a new relative symlink renamed over the live one.
 */
const SWAPPER = `
const fs = require('node:fs'), path = require('node:path')
const [live, every] = [process.argv[1], Number(process.argv[2])]
const tmp = live + '.swapper-' + process.pid
let swaps = 0
setInterval(() => {
  fs.rmSync(tmp, { force: true })
  fs.symlinkSync(path.join(path.basename(live) + '.releases', swaps % 2 === 0 ? 'b' : 'a'), tmp)
  fs.renameSync(tmp, live)
  swaps++
}, every)
process.on('SIGTERM', () => { process.stdout.write(String(swaps)); process.exit(0) })
`

function startSwapper(): { stop: () => Promise<number> } {
  const child = spawn(process.execPath, ['-e', SWAPPER, copies.liveDir, String(SWAP_EVERY_MS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return {
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve(Number(output) || 0))
        child.kill('SIGTERM')
      }),
  }
}

it('loses no request while the live symlink is swapped between two releases', async () => {
  const tally: Tally = { requests: 0, failures: [], seen: {} }
  const swapper = startSwapper()
  const deadline = Date.now() + LOOP_MS
  let swaps = 0
  try {
    await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index, deadline, tally)))
  } finally {
    swaps = await swapper.stop()
  }
  console.log(
    `nginx swap: ${tally.requests} requests by ${CLIENTS} clients in ${LOOP_MS / 1000} s across ${swaps} swaps; from a: ${tally.seen.a ?? 0}, from b: ${tally.seen.b ?? 0}; failed: ${tally.failures.length}`,
  )
  expect(tally.failures.slice(0, 10)).toEqual([])
  expect(swaps).toBeGreaterThan(100)
  expect(tally.requests).toBeGreaterThan(100)
  expect(tally.seen.a ?? 0).toBeGreaterThan(0)
  expect(tally.seen.b ?? 0).toBeGreaterThan(0)

  // Right after a swap every route answers from the new release: nothing (an open_file_cache,
  // say) keeps serving the old one.
  for (const live of ['a', 'b']) {
    copies.swapTo(live)
    for (const route of ROUTES) {
      const response = await rawRequest(nginx.httpsUrl + route, { ca: nginx.ca })
      expect(response.body.equals(expected.get(route)?.get(live) as Buffer), `${route} from release ${live}`).toBe(true)
    }
  }
})
