import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The last release before migrations existed (issue 7's final commit). Its
 * `npm start`/`npm run seed` pushed the schema in development mode; a library
 * it made must upgrade with this release's `npm run migrate`.
 */
export const PREVIOUS_RELEASE = 'ea5f24f'

export const projectRoot = path.resolve(import.meta.dirname, '..', '..')
const runtimeBin = path.join(projectRoot, '.runtime', 'node_modules', '.bin')

export const childEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${runtimeBin}:${process.env.PATH}`, ...extra }
  // Vitest's own variables would make the children think they run under a test runner.
  for (const key of [
    'NODE_ENV',
    'VITEST',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'BASE_URL',
  ])
    delete env[key]
  return env
}

/**
 * A checkout of the previous release with its dependencies, in .tmp/ (reused
 * while it stays at that commit). Needs the repository's history: a shallow
 * clone has to `git fetch --unshallow` first.
 */
export function previousReleaseCheckout(): string {
  const dir = path.join(projectRoot, '.tmp', `release-${PREVIOUS_RELEASE}`)
  try {
    execFileSync('git', ['cat-file', '-e', `${PREVIOUS_RELEASE}^{commit}`], { cwd: projectRoot, stdio: 'ignore' })
  } catch {
    throw new Error(
      `Commit ${PREVIOUS_RELEASE} (the previous release) is not in this clone: run \`git fetch --unshallow\` and try again.`,
    )
  }
  const ready = path.join(dir, 'node_modules', '.upgrade-test-ready')
  if (!fs.existsSync(ready)) {
    execFileSync('git', ['worktree', 'prune'], { cwd: projectRoot })
    fs.rmSync(dir, { recursive: true, force: true })
    execFileSync('git', ['worktree', 'add', '--detach', '--force', dir, PREVIOUS_RELEASE], {
      cwd: projectRoot,
      stdio: 'ignore',
    })
    execFileSync('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], {
      cwd: dir,
      env: childEnv({}),
      stdio: 'inherit',
      timeout: 300_000,
    })
    fs.writeFileSync(ready, PREVIOUS_RELEASE)
  }
  return dir
}
