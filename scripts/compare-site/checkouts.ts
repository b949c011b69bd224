// The checkout of a commit under .tmp/compare-site/ (one git worktree, installed offline from the pnpm store)
// and the commands the comparison runs in it (seed, site build) with Node 24 + tsx.
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

/**
 * `.tmp/compare-site/checkout`, moved to `commit` and installed offline from the pnpm store. Both sides are
 * built at this same path, one after the other: Astro derives an island's uid from its source path.
 */
export async function checkout(root: string, work: string, commit: string): Promise<string> {
  const dir = path.join(work, 'checkout')
  console.log(`› Lấy mã ${commit.slice(0, 12)} vào ${path.relative(root, dir)}`)
  if (!fs.existsSync(dir)) {
    execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: root, stdio: 'ignore' })
  } else {
    execFileSync('git', ['checkout', '--quiet', '--force', '--detach', commit], { cwd: dir, stdio: 'ignore' })
    execFileSync('git', ['clean', '-fdxq', '-e', 'node_modules'], { cwd: dir, stdio: 'ignore' })
  }
  const pnpm = path.join(root, '.runtime', 'node_modules', 'pnpm', 'bin', 'pnpm.cjs')
  await run(process.execPath, [pnpm, 'install', '--offline', '--frozen-lockfile', '--reporter=silent'], { cwd: dir })
  return dir
}

/** Runs scripts/<name>.ts of a checkout, as scripts/run.sh does. */
export function runScript(dir: string, name: string, args: string[], env: Env): Promise<void> {
  return run(process.execPath, ['--import', 'tsx', path.join(dir, 'scripts', `${name}.ts`), ...args], {
    cwd: dir,
    env,
    quiet: true,
  })
}
