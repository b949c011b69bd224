import { type ChildProcess, spawn, spawnSync } from 'node:child_process'

import { projectRoot } from '@dvctt/cms/lib/paths'

export type ServerEnv = Record<string, string | undefined>

export interface RunningServe {
  /** Everything `npm run serve` printed so far. */
  log: () => string
  stop: () => Promise<void>
}

/** The environment a production command gets: the test's own, minus what would make it a demo or point it elsewhere. */
export function productionEnv(env: ServerEnv): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env }
  for (const name of [
    'DEMO_MODE',
    'ALLOW_FIRST_USER_SIGNUP',
    'CMS_RUN_JOBS',
    'VITEST',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'TEST',
  ])
    delete base[name]
  return { ...base, ...env, NODE_ENV: 'production' }
}

/**
 * `npm run serve` as systemd runs it (in its own process group, so that npm,
 * the Node script and `next start` below it all stop together). Resolves when
 * it prints its ready line («✔ … sẵn sàng …»); rejects with its output if it
 * exits or is not ready in time.
 */
export function startServe(env: ServerEnv, timeoutMs: number): Promise<RunningServe> {
  const child: ChildProcess = spawn('npm', ['run', 'serve'], {
    cwd: projectRoot,
    env: productionEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  const log = (): string => output
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return resolve()
      const timer = setTimeout(() => {
        try {
          process.kill(-(child.pid as number), 'SIGKILL')
        } catch {
          // already gone
        }
      }, 15_000)
      child.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
      try {
        process.kill(-(child.pid as number), 'SIGTERM')
      } catch {
        resolve()
      }
    })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop().then(() =>
        reject(new Error(`npm run serve was not ready after ${timeoutMs / 1000} s:\n${output.slice(-5000)}`)),
      )
    }, timeoutMs)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      // Its ready line; the site build it may run first prints a ✔ line of its own («✔ Đã dựng …»).
      if (/^✔.*sẵn sàng/m.test(output)) {
        clearTimeout(timer)
        resolve({ log, stop })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`npm run serve exited (${code ?? signal}) before it was ready:\n${output.slice(-5000)}`))
    })
  })
}

/** `npm run <command> -- <args>` to completion, with the production environment; returns its output. */
export function runNpmCommand(
  command: string,
  args: string[],
  env: ServerEnv,
): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', command, '--', ...args], {
    cwd: projectRoot,
    env: productionEnv(env),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 180_000,
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}
