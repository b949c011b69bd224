// `bash scripts/run.sh compare-site-output <before> [<after>] [--report <file>]`: builds the demo site at two
// commits (the second defaults to this working tree) and compares the output. The demo is seeded once, with
// the first commit's code, into a scratch SQLite database and media folder under .tmp/compare-site/; each
// side builds from its own copy of it, in the same checkout folder (.tmp/compare-site/checkout, one side
// after the other), so both read the same content, dates and file names, with the clock
// standing still at the same instant (compare-site/fixed-clock.mjs).
// Pages and data (HTML, XML, JSON…) are compared byte for byte; bundles named by content hash (_astro/,
// pagefind/) by content. Exit code 0 when every page and file is identical.
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { checkout, resolveCommit, runScript } from './compare-site/checkouts'
import { describe, isIdentical } from './compare-site/report'
import { compareTrees, readTree } from './compare-site/outputs'
import { exitWithMessage, formatSeconds } from './lib/fail'

const root = path.resolve(import.meta.dirname, '..')
const work = path.join(root, '.tmp', 'compare-site')
const { values, positionals } = parseArgs({ options: { report: { type: 'string' } }, allowPositionals: true })

const base = { PAYLOAD_SECRET: 'c0mpare5ite0utput'.repeat(4), SITE_AUTO_REBUILD: '0', CMS_RUN_JOBS: '0' }
/** Both builds see the same instant (compare-site/fixed-clock.mjs): the moment this comparison started. */
const clock = {
  COMPARE_SITE_NOW: new Date().toISOString(),
  NODE_OPTIONS: `--import=${path.join(import.meta.dirname, 'compare-site', 'fixed-clock.mjs')}`,
}
const dataEnv = (data: string) => ({
  DATABASE_URL: `file:${path.join(data, 'demo.db')}`,
  MEDIA_DIR: path.join(data, 'media'),
})

async function build(label: string, dir: string, seed: string): Promise<string> {
  const sideDir = path.join(work, label)
  fs.rmSync(sideDir, { recursive: true, force: true })
  fs.cpSync(seed, path.join(sideDir, 'data'), { recursive: true })
  const started = Date.now()
  const out = path.join(sideDir, 'dist')
  const env = { ...base, ...clock, ...dataEnv(path.join(sideDir, 'data')), NODE_ENV: 'production' }
  await runScript(dir, 'build-site', ['--out', out], env)
  console.log(`› Dựng trang «${label}» xong sau ${formatSeconds(Date.now() - started)}.`)
  return fs.realpathSync(out)
}

try {
  const [beforeRef, afterRef] = positionals
  if (!beforeRef)
    throw new Error('thiếu commit «trước». Dùng: compare-site-output <commit trước> [<commit sau>] [--report tệp]')
  const before = resolveCommit(root, beforeRef)
  const after = afterRef ? resolveCommit(root, afterRef) : null
  const afterName = after ? after.slice(0, 12) : 'cây làm việc hiện tại'
  console.log(`› So sánh trang mẫu: ${before.slice(0, 12)} → ${afterName}`)
  const beforeDir = await checkout(root, work, before)

  const seed = path.join(work, 'seed')
  // A seed made by an earlier run from the same commit is reused (it is copied, never written to).
  const marker = path.join(seed, 'seeded-by')
  if (!fs.existsSync(marker) || fs.readFileSync(marker, 'utf8') !== before) {
    fs.rmSync(seed, { recursive: true, force: true })
    fs.mkdirSync(seed, { recursive: true })
    const seeded = Date.now()
    await runScript(beforeDir, 'seed', [], { ...base, ...dataEnv(seed), NODE_ENV: 'development' })
    fs.writeFileSync(marker, before)
    console.log(
      `› Nạp nội dung mẫu (một lần, mã của ${before.slice(0, 12)}) xong sau ${formatSeconds(Date.now() - seeded)}.`,
    )
  }

  const beforeOut = await build('before', beforeDir, seed)
  const afterOut = await build('after', after ? await checkout(root, work, after) : root, seed)
  const comparison = compareTrees(readTree(beforeOut), readTree(afterOut))
  const text = describe(comparison, { before: before.slice(0, 12), after: afterName, beforeOut, afterOut })
  console.log(text)
  if (values.report) fs.writeFileSync(values.report, `${text}\n`)
  process.exit(isIdentical(comparison) ? 0 : 1)
} catch (error) {
  exitWithMessage(error, 'So sánh trang mẫu thất bại')
}
