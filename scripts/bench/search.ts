// Search on the N-material build, ours (/tim-kiem/) against Pagefind's default UI over the same index (issue 5).
// Method: the site is built fresh from the bench database and served by scripts/lib/site-server.ts over real HTTP.
// Each UI × query is one visit in a new Chromium context (empty cache, Lighthouse Slow 4G through CDP, workers included):
// load the page, wait for the network to go quiet, click the input, type the query at once, and wait for a result
// element to be painted (two animation frames after it appears). firstResultsMs runs from the last keystroke to that
// paint; bytes (on the wire, headers included) and requests count what started between the first touch of the box
// (pointerdown, which already starts loading Pagefind, or focus) and that paint. `breakdown` splits them by part
// (pagefind.js, entry files, wasm, pf_meta, filter/word chunks, fragments, thumbnails: search-breakdown.ts), and
// `pageBreakdown` the page load before the touch (HTML, CSS, JS).
import fs from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { projectRoot } from '@dvctt/cms/lib/paths'

import { launchChromium } from '../../tests/e2e/browser'
import { serveSite } from '../lib/site-server'
import { benchEnv, buildBenchSite, runNode, work } from './build'
import type { Section, Value } from './report'
import { measureSearch, type SearchRun, type SearchUi } from './search-browser'

const QUERIES = ['đăng ký khai sinh', 'dang ky khai sinh', 'cap doi giay phep lai xe']
/** A phone user's pace, for the extra "typed" run. */
const KEY_DELAY_MS = 250

const UIS: Record<'ours' | 'pagefindDefault', SearchUi> = {
  ours: { path: '/tim-kiem/', input: 'input[name="q"]', result: 'ol.search__results li.result' },
  // A default-UI result shows a grey placeholder until its fragment arrives; the title link is the first thing a reader can use.
  pagefindDefault: {
    path: '/_bench/pagefind-mac-dinh/',
    input: '.pagefind-ui__search-input',
    result: '.pagefind-ui__result .pagefind-ui__result-link',
  },
}

const BASELINE_PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pagefind mặc định (đối chứng đo hiệu năng)</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet">
<script src="/pagefind/pagefind-ui.js"></script>
</head>
<body>
<main><h1>Pagefind mặc định</h1><div id="search"></div></main>
<script>window.addEventListener('DOMContentLoaded', () => { new PagefindUI({ element: '#search' }) })</script>
</body>
</html>
`

function publishedMaterials(): number {
  const file = benchEnv.DATABASE_URL.replace(/^file:/, '')
  if (!fs.existsSync(file)) return 0
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    const row = db.prepare("SELECT count(*) AS n FROM materials WHERE _status = 'published'").get() as
      | { n: number }
      | undefined
    return Number(row?.n ?? 0)
  } catch {
    return 0 // no schema yet
  } finally {
    db.close()
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : Math.round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2)
}

type Figure = { [K in keyof SearchRun]: SearchRun[K] extends number ? K : never }[keyof SearchRun]

/** Each part's median bytes and requests over the queries. */
function medianParts(runs: SearchRun[], key: 'breakdown' | 'pageBreakdown'): Record<string, Value> {
  const parts = Object.keys(runs[0]?.[key] ?? {})
  return Object.fromEntries(
    parts.map((part) => [
      part,
      {
        bytes: median(runs.map((run) => run[key][part]?.bytes ?? 0)),
        requests: median(runs.map((run) => run[key][part]?.requests ?? 0)),
      },
    ]),
  )
}

/** "wasm 47.2 kB/1, meta 76.4 kB/1, …": the parts that had any request. */
const describeParts = (parts: SearchRun['breakdown']): string =>
  Object.entries(parts)
    .filter(([, part]) => part.requests > 0)
    .map(([name, part]) => `${name} ${(part.bytes / 1000).toFixed(1)} kB/${part.requests}`)
    .join(', ')

function summarise(ui: SearchUi, runs: Map<string, SearchRun>): Record<string, Value> {
  const all = [...runs.values()]
  const pick = (key: Figure) => median(all.map((run) => run[key]))
  return {
    firstResultsMs: pick('firstResultsMs'),
    bytes: pick('bytes'),
    requests: pick('requests'),
    fromFocusMs: pick('fromFocusMs'),
    pageBytes: pick('pageBytes'),
    pageRequests: pick('pageRequests'),
    page: ui.path,
    breakdown: medianParts(all, 'breakdown'),
    pageBreakdown: medianParts(all, 'pageBreakdown'),
    perQuery: Object.fromEntries([...runs].map(([query, run]) => [query, { ...run }])),
  }
}

export async function benchSearch(n: number): Promise<Section> {
  const started = performance.now()
  fs.mkdirSync(work, { recursive: true })
  const have = publishedMaterials()
  if (have < n) {
    console.log(
      `› search: cơ sở dữ liệu đo có ${have.toLocaleString('vi-VN')} tài liệu đã xuất bản, nạp thêm ${(n - have).toLocaleString('vi-VN')}…`,
    )
    await runNode([path.join(projectRoot, 'scripts', 'bench', 'seed-synthetic.ts'), String(n - have)])
  } else {
    console.log(`› search: dùng lại cơ sở dữ liệu đo (${have.toLocaleString('vi-VN')} tài liệu đã xuất bản)`)
    // A database seeded by older code lacks newer columns: opening the CMS once brings its schema up to date.
    await runNode([path.join(projectRoot, 'scripts', 'bench', 'prepare-db.ts')])
  }

  const dist = path.join(work, 'search-dist')
  let build: { pages: number; seconds: number }
  if (process.env.BENCH_SEARCH_REUSE_SITE === '1' && fs.existsSync(dist)) {
    // While tuning serving or the bench itself: the site built by the last run, not rebuilt from the code.
    console.log('› search: dùng lại trang đã dựng ở lần đo trước (BENCH_SEARCH_REUSE_SITE=1)')
    build = { pages: 0, seconds: 0 }
  } else {
    fs.rmSync(dist, { recursive: true, force: true })
    fs.rmSync(`${dist}.releases`, { recursive: true, force: true })
    console.log('› search: dựng trang từ mã hiện tại…')
    build = await buildBenchSite(dist)
  }
  const baselineDir = path.join(fs.realpathSync(dist), '_bench', 'pagefind-mac-dinh')
  fs.mkdirSync(baselineDir, { recursive: true })
  fs.writeFileSync(path.join(baselineDir, 'index.html'), BASELINE_PAGE)

  let server: Server | undefined
  const browser = await launchChromium()
  try {
    server = await serveSite(dist, 0)
    const address = server.address()
    const origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`
    const section: Section = {}
    for (const [name, ui] of Object.entries(UIS)) {
      const runs = new Map<string, SearchRun>()
      for (const query of QUERIES) {
        const run = await measureSearch(browser, origin, ui, query)
        runs.set(query, run)
        console.log(
          `› search: ${name} «${query}»: kết quả đầu tiên sau ${run.firstResultsMs} ms, ${(run.bytes / 1000).toFixed(1)} kB, ${run.requests} yêu cầu (tải trang trước đó: ${(run.pageBytes / 1000).toFixed(1)} kB, ${run.pageRequests} yêu cầu)\n    gồm: ${describeParts(run.breakdown)}\n    trước khi chạm ô tìm kiếm: ${describeParts(run.pageBreakdown)}`,
        )
      }
      // The same first query typed at a phone's pace: what a citizen waits for after the last key.
      const typed = await measureSearch(browser, origin, ui, QUERIES[1] ?? '', KEY_DELAY_MS)
      console.log(
        `› search: ${name} «${QUERIES[1]}» gõ ${KEY_DELAY_MS} ms mỗi phím: kết quả sau phím cuối ${typed.firstResultsMs} ms, ${(typed.bytes / 1000).toFixed(1)} kB, ${typed.requests} yêu cầu`,
      )
      section[name] = {
        ...summarise(ui, runs),
        typedKeyDelayMs: KEY_DELAY_MS,
        typedFirstResultsMs: typed.firstResultsMs,
        typedBytes: typed.bytes,
        typedRequests: typed.requests,
      }
    }
    console.log(
      `› search: xong sau ${Math.round((performance.now() - started) / 1000)} giây (${build.pages.toLocaleString('vi-VN')} trang, dựng ${Math.round(build.seconds)} giây)`,
    )
    return section
  } finally {
    await browser.close()
    server?.close()
  }
}
