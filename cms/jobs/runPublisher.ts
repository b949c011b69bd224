import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../lib/paths'
import type { PublishRequest, PublishResult, PublishSuccess } from '../vocabulary/publish'

const LOG_LINES = 200

/** Keeps the last LOG_LINES lines of what the publisher printed during one build. */
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
    text: () =>
      [...lines, partial]
        .filter((line, i, all) => line !== '' || i < all.length - 1)
        .slice(-LOG_LINES)
        .join('\n'),
  }
}

/**
 * Vite's own mode variables, which a test runner (Vitest) puts into the
 * environment. Passed on, they make the build think it is `astro dev` and
 * re-read the CMS every few seconds.
 */
const VITE_MODE_VARIABLES = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'])

function childEnv(): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_MODE_VARIABLES.has(key)))
  // The publisher reads the CMS but must neither queue rebuilds nor run jobs of its own.
  return { ...inherited, NODE_ENV: 'production', SITE_AUTO_REBUILD: '0', CMS_RUN_JOBS: '0' }
}

type Pending = {
  resolve: (result: PublishResult) => void
  reject: (error: Error) => void
  log: ReturnType<typeof tailKeeper>
}
interface Worker {
  child: ChildProcess
  /** The environment it was started with: a change (tests, a new setting) starts a new one. */
  envKey: string
  pending: Map<number, Pending>
}

let worker: Worker | null = null
let nextId = 1
/** Set when this process is stopping (npm run worker on SIGTERM): a build cut short is then not a failure. */
let stopping = false

/** A build ended because this process is stopping; its changes wait for the next build. */
export class PublisherStoppedError extends Error {
  override name = 'PublisherStoppedError'
}

/**
 * This process is stopping: a build that ends because the publisher went away
 * (systemd signals the whole group, Ctrl-C the terminal's) is reported as
 * stopped, not failed. With `abandon`, the running build is ended now; the
 * live site is untouched (the new release only becomes live by an atomic swap
 * at the very end) and the next build clears what it left.
 */
export function stopPublisher({ abandon }: { abandon: boolean }): void {
  stopping = true
  if (abandon) worker?.child.kill('SIGTERM')
}

/** The warm publisher (site/publish/worker.ts), started on first use and again after it left. */
function publisherWorker(): Worker {
  const env = childEnv()
  const envKey = JSON.stringify(env)
  if (worker?.child.connected && worker.envKey === envKey) return worker
  worker?.child.kill()
  // spawn, not fork: Next's bundler reads fork(path) as a module to bundle.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'site', 'publish', 'worker.ts')], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  const current: Worker = { child, envKey, pending: new Map() }
  const forward = (out: NodeJS.WriteStream) => (chunk: Buffer) => {
    for (const { log } of current.pending.values()) log.push(chunk)
    out.write(chunk)
  }
  child.stdout?.on('data', forward(process.stdout))
  child.stderr?.on('data', forward(process.stderr))
  child.on('message', ({ id, result }: { id: number; result: PublishResult }) => {
    const waiting = current.pending.get(id)
    current.pending.delete(id)
    waiting?.resolve(result)
  })
  child.on('exit', (code, signal) => {
    if (worker === current) worker = null
    const why = signal ? `bị dừng (tín hiệu ${signal})` : `dừng bất ngờ (mã thoát ${code})`
    const Failure = stopping ? PublisherStoppedError : Error
    for (const waiting of current.pending.values())
      waiting.reject(Object.assign(new Failure(`Dựng lại trang công khai ${why}.`), { log: waiting.log.text() }))
    current.pending.clear()
  })
  // Neither the worker nor its pipes keep the CMS (or a test run) alive.
  child.unref()
  child.channel?.unref()
  for (const stream of [child.stdout, child.stderr]) (stream as unknown as { unref?: () => void } | null)?.unref?.()
  worker = current
  return current
}

/**
 * Runs one build in the site's publisher and returns its result; a failure
 * rejects with the publisher's message and the tail of its log, shown in the
 * admin's site status. The site being served is untouched by a failed build.
 */
export async function runPublisher(request: PublishRequest): Promise<PublishSuccess> {
  const current = publisherWorker()
  const id = nextId++
  const log = tailKeeper()
  // While a build is asked for, the channel keeps this process alive (a script awaiting the job has nothing else).
  current.child.channel?.ref()
  const result = await new Promise<PublishResult>((resolve, reject) => {
    current.pending.set(id, { resolve, reject, log })
    current.child.send({ id, request }, (error) => {
      if (!error) return
      current.pending.delete(id)
      reject(Object.assign(error, { log: log.text() }))
    })
  }).finally(() => {
    if (current.pending.size === 0) current.child.channel?.unref()
  })
  if (result.ok) return result
  throw Object.assign(new Error(`Dựng lại trang công khai thất bại. Trang cũ vẫn được giữ nguyên. ${result.message}`), {
    log: log.text(),
  })
}
