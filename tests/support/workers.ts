/**
 * `npm run worker` processes for tests (scripts/worker.ts), with what they print timed as it
 * arrives, and the evidence a person would trust that builds never overlapped: each worker's
 * log (start and end of every build) and the release manifests the publisher wrote.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '@dvctt/cms/lib/paths'
import { releasesDirOf } from '@dvctt/site/publish/releases'
import { expect } from 'vitest'

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export interface Worker {
  name: string
  child: ChildProcess
  lines: { at: number; text: string }[]
  exited: Promise<number | null>
}

export function startWorker(name: string, outDir: string): Worker {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SITE_DIST_DIR: outDir,
    // The consolidating full build after an incremental one must not fall inside the test.
    SITE_FULL_REBUILD_AFTER_MS: String(30 * 60 * 1000),
  }
  delete env.CMS_RUN_JOBS
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'worker.ts')], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const worker: Worker = {
    name,
    child,
    lines: [],
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
  }
  let partial = ''
  const take = (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n')
    partial = parts.pop() ?? ''
    for (const text of parts) worker.lines.push({ at: Date.now(), text })
  }
  child.stdout?.on('data', take)
  child.stderr?.on('data', take)
  return worker
}

export const logOf = (worker: Worker) => worker.lines.map((line) => line.text).join('\n')

export async function waitForLine(worker: Worker, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!worker.lines.some((line) => pattern.test(line.text))) {
    if (Date.now() > deadline || worker.child.exitCode !== null)
      throw new Error(`${worker.name} never printed ${pattern}:\n${logOf(worker)}`)
    await sleep(100)
  }
}

/** Every build a worker logged, from its start line to its end line. */
export function buildsOf(worker: Worker, since: number): { worker: string; start: number; end: number | null }[] {
  const builds: { worker: string; start: number; end: number | null }[] = []
  for (const { at, text } of worker.lines) {
    if (at < since) continue
    if (text.includes('Bắt đầu dựng lại trang công khai')) builds.push({ worker: worker.name, start: at, end: null })
    const last = builds.at(-1)
    if (/Đã dựng xong trang công khai|thất bại|Dừng giữa lúc dựng/.test(text) && last && last.end === null)
      last.end = at
  }
  return builds
}

/** The releases the publisher made after `since`: [start, end] from each manifest. */
export function releasesSince(outDir: string, since: number): { id: string; start: number; end: number }[] {
  const meta = path.join(releasesDirOf(outDir), '.meta')
  return fs
    .readdirSync(meta)
    .map((id) => path.join(meta, id, 'manifest.json'))
    .filter((file) => fs.existsSync(file))
    .map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as { id: string; builtAt: string; seconds: number })
    .map((m) => ({ id: m.id, end: Date.parse(m.builtAt), start: Date.parse(m.builtAt) - m.seconds * 1000 }))
    .filter((release) => release.start >= since)
    .sort((a, b) => a.start - b.start)
}

export function expectNoOverlap(intervals: { start: number; end: number | null }[], what: string): void {
  const sorted = [...intervals].sort((a, b) => a.start - b.start)
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]
    expect(previous?.end, `${what}: every build ended`).not.toBeNull()
    expect(sorted[i]?.start, `${what} ${i + 1} starts after ${what} ${i} ended`).toBeGreaterThanOrEqual(
      previous?.end ?? Number.POSITIVE_INFINITY,
    )
  }
}
