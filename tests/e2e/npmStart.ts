import { type ChildProcess, spawn } from 'node:child_process'

import { projectRoot } from './env'

export interface RunningStart {
  /** Everything `npm start` printed so far (stdout and stderr). */
  output: () => string
  stop: () => Promise<void>
}

/**
 * What a person's shell gives `npm start`: the test runner's own variables and the e2e project's database removed.
 * Vitest's mirror of `import.meta.env` (DEV=1, PROD, MODE=test, SSR, BASE_URL) stays on purpose: names like these
 * can be in a server's environment, and a build must not change because of them (site/src/cms/state.ts).
 */
function startEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env }
  for (const name of [
    'NODE_ENV',
    'VITEST',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'TEST',
    'DATABASE_URL',
    'MEDIA_DIR',
    'SITE_DIST_DIR',
    'SITE_AUTO_REBUILD',
    'SITE_REBUILD_DEBOUNCE_MS',
    'SERVER_URL',
    'SITE_URL',
    'DEMO_MODE',
    'CMS_RUN_JOBS',
  ])
    delete base[name]
  return { ...base, ...env }
}

/**
 * `npm start` as a person runs it, in its own process group (npm, the Node script, `next start`
 * and the publisher all stop together). Resolves when it prints its ready line («✔ … sẵn sàng …»);
 * rejects with its output if it exits first or is not ready in time.
 */
export function startNpmStart(env: Record<string, string>, timeoutMs: number): Promise<RunningStart> {
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: projectRoot,
    env: startEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return resolve()
      const group = -(child.pid as number)
      const timer = setTimeout(() => {
        try {
          process.kill(group, 'SIGKILL')
        } catch {
          // already gone
        }
      }, 15_000)
      child.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
      try {
        process.kill(group, 'SIGTERM')
      } catch {
        resolve()
      }
    })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop().then(() =>
        reject(new Error(`npm start was not ready after ${timeoutMs / 1000} s:\n${output.slice(-5000)}`)),
      )
    }, timeoutMs)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      // Its ready line; the site build prints a ✔ line of its own («✔ Đã dựng …»).
      if (/^✔.*sẵn sàng/m.test(output)) {
        clearTimeout(timer)
        resolve({ output: () => output, stop })
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`npm start exited (${code ?? signal}) before it was ready:\n${output.slice(-5000)}`))
    })
  })
}

/** The addresses and the demo login from the ready message, as a person reads them. */
export function readReadyMessage(output: string): { adminUrl?: string; siteUrl?: string; login?: string[] } {
  const adminUrl = /Quản trị \(CMS\):\s+(\S+)/.exec(output)?.[1]
  const siteUrl = /Trang công khai:\s+(\S+)/.exec(output)?.[1]
  const login = /Đăng nhập demo:\s+(\S+)\s+\/\s+(\S+)/.exec(output)?.slice(1, 3)
  return { adminUrl, siteUrl, login }
}
