// Checkouts of a commit under .tmp/compare-site/ (git worktree), installed offline from the pnpm store,
// and the commands the comparison runs in them (seed, site build) with Node 24 + tsx.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { type Env, run } from '../lib/processes'

export function resolveCommit(root: string, ref: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' }).trim()
  } catch {
    throw new Error(`không tìm thấy commit «${ref}» trong kho git`)
  }
}

/** `.tmp/compare-site/src-<commit>`: reused when it exists, so a second run starts at once. */
export async function checkout(root: string, work: string, commit: string): Promise<string> {
  const dir = path.join(work, `src-${commit.slice(0, 12)}`)
  if (!fs.existsSync(path.join(dir, 'node_modules', '.modules.yaml'))) {
    if (!fs.existsSync(dir)) {
      console.log(`› git worktree add ${path.relative(root, dir)} ${commit.slice(0, 12)}`)
      execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: root, stdio: 'ignore' })
    }
    console.log('› pnpm install --offline --frozen-lockfile')
    const pnpm = path.join(root, '.runtime', 'node_modules', 'pnpm', 'bin', 'pnpm.cjs')
    await run(process.execPath, [pnpm, 'install', '--offline', '--frozen-lockfile', '--reporter=silent'], { cwd: dir })
  }
  return dir
}

export function removeCheckout(root: string, dir: string): void {
  execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' })
}

/** Runs scripts/<name>.ts of a checkout, as scripts/run.sh does. */
export function runScript(dir: string, name: string, args: string[], env: Env): Promise<void> {
  return run(process.execPath, ['--import', 'tsx', path.join(dir, 'scripts', `${name}.ts`), ...args], {
    cwd: dir,
    env,
    quiet: true,
  })
}
