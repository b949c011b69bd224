// `bash scripts/run.sh search-queries`: the search query set of issue 18
// (tests/e2e/searchQueries.ts) in Chromium, on a full build of the demo library
// and on its incremental twin, and the pass rate of each. Works in its own
// folder (.tmp/search-queries: database, media, both sites), apart from the
// demo's and the tests'. --reuse keeps the database and the full build of the
// last run (only the incremental twin is made again).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { launchChromium } from '../tests/e2e/browser'
import { SEARCH_QUERIES } from '../tests/e2e/searchQueries'
import { buildIncrementalTwin, describeFailures, openSearch, passRate, runQueries } from '../tests/e2e/searchQueryRun'
import { exitWithMessage, formatSeconds } from './lib/fail'
import { createSiteHandler } from './lib/site-server'

const projectRoot = path.resolve(import.meta.dirname, '..')
const work = path.join(projectRoot, '.tmp', 'search-queries')
const fullDir = path.join(work, 'full')
const twinDir = path.join(work, 'incremental')
const env = {
  DATABASE_URL: `file:${path.join(work, 'library.db')}`,
  MEDIA_DIR: path.join(work, 'media'),
  SITE_AUTO_REBUILD: '0',
}

function runScript(script: string, extra: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', script)], {
    cwd: projectRoot,
    env: { ...process.env, ...env, ...extra },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (result.status !== 0)
    throw new Error(`${script} thất bại (mã ${result.status}):\n${result.stdout}\n${result.stderr}`)
}

async function serve(dir: string): Promise<{ url: string; server: http.Server }> {
  const server = http.createServer(createSiteHandler(dir))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

const { values } = parseArgs({ options: { reuse: { type: 'boolean', default: false } } })
const started = Date.now()
try {
  if (!values.reuse || !fs.existsSync(fullDir)) {
    fs.rmSync(work, { recursive: true, force: true })
    fs.mkdirSync(work, { recursive: true })
    console.log('› Tạo thư viện mẫu và dựng đầy đủ trang công khai…')
    runScript('seed.ts')
    runScript('build-site.ts', { NODE_ENV: 'production', SITE_DIST_DIR: fullDir })
  }
  console.log('› Dựng phần thay đổi: xuất bản lại một nửa số tài liệu vào bản sao của trang…')
  fs.rmSync(`${twinDir}.releases`, { recursive: true, force: true })
  fs.rmSync(twinDir, { force: true })
  const twin = await buildIncrementalTwin(fullDir, twinDir, env)
  console.log(`  ${twin.changed} tài liệu vào chỉ mục phụ (delta).`)
  const browser = await launchChromium()
  for (const [state, dir] of [
    ['dựng đầy đủ', fullDir],
    ['dựng phần thay đổi', twinDir],
  ] as const) {
    const { url, server } = await serve(dir)
    const page = await browser.newPage()
    await openSearch(page, url)
    const outcomes = await runQueries(page, SEARCH_QUERIES)
    console.log(`\n${state}: ${passRate(outcomes)} câu tìm có trang cần tìm trong ba kết quả đầu`)
    for (const line of describeFailures(outcomes)) console.log(`  ✗ ${line}`)
    await page.close()
    server.close()
  }
  await browser.close()
  console.log(`\n✔ Xong trong ${formatSeconds(Date.now() - started)}.`)
  process.exit(0)
} catch (error) {
  exitWithMessage(error, 'Chạy bộ câu tìm thất bại')
}
