import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { PublishRequest, PublishResult, PublishSuccess } from '../vocabulary/publish'
import { projectRoot } from '../lib/paths'

const LOG_LINES = 200

/** Keeps the last LOG_LINES lines of what a child printed. */
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
    text: () => [...lines, partial].filter((line, i, all) => line !== '' || i < all.length - 1).slice(-LOG_LINES).join('\n'),
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
  // The child reads the CMS but must neither queue rebuilds nor run jobs of its own.
  return { ...inherited, NODE_ENV: 'production', SITE_AUTO_REBUILD: '0', CMS_RUN_JOBS: '0' }
}

function readResult(file: string): PublishResult | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as PublishResult
  } catch {
    return null
  }
}

/**
 * Runs the site's publisher (site/publish/cli.ts) as a child process: the
 * request and the result pass as JSON files; what the child prints goes to
 * this process's log and, on failure, into the site status shown in the admin.
 */
export function runPublisher(request: PublishRequest): Promise<PublishSuccess> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dvctt-publish-'))
  const requestFile = path.join(dir, 'request.json')
  const resultFile = path.join(dir, 'result.json')
  fs.writeFileSync(requestFile, JSON.stringify(request))
  const log = tailKeeper()
  const cleanUp = () => fs.rmSync(dir, { recursive: true, force: true })
  return new Promise<PublishSuccess>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'site', 'publish', 'cli.ts'), requestFile, resultFile], {
      cwd: projectRoot,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      stream.on('data', (chunk: Buffer) => {
        log.push(chunk)
        out.write(chunk)
      })
    }
    child.on('error', (error) => reject(Object.assign(error, { log: log.text() })))
    child.on('close', (code, signal) => {
      const result = readResult(resultFile)
      if (code === 0 && result?.ok) return resolve(result)
      const why = signal ? `bị dừng (tín hiệu ${signal})` : `thất bại (mã thoát ${code})`
      const detail = result && !result.ok ? ` ${result.message}` : ''
      reject(Object.assign(new Error(`Dựng lại trang công khai ${why}. Trang cũ vẫn được giữ nguyên.${detail}`), { log: log.text() }))
    })
  }).finally(cleanUp)
}
