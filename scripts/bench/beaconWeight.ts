// The usage beacon's cost on a material page (issue 17: ≤ 1 kB and 0 ms of first paint), part of `--only embed`.
// Bytes: the page's HTML gzipped (level 6, as `npm start` and nginx's level 5 send it, within a few bytes) with
// the beacon, minus the same HTML with the beacon's two elements and its data-usage-f attributes taken out.
// First paint: Chromium's first-contentful-paint of the page as built and of the same page without the beacon
// (served in its place by request interception), the median of RUNS fresh contexts each, alternated.
// `beaconAfterLoadMs`: when the first beacon left, after the load event's end (positive: never before it).
import zlib from 'node:zlib'

import type { Browser, Page } from 'playwright-core'

const RUNS = 5
const BEACON_ELEMENTS =
  /<script type="application\/json" id="dvctt-usage">[^<]*<\/script><script type="module">[\s\S]*?<\/script>/
const COUNTED_LINKS = / data-usage-f="[^"]*"/g

export interface BeaconWeight {
  beaconGzipBytes: number
  materialPage: string
  materialPageGzipBytes: number
  beaconAddsGzipBytes: number
  materialFirstPaintMs: number
  materialFirstPaintWithoutBeaconMs: number
  beaconAfterLoadMs: number
}

const gzipSize = (text: string) => zlib.gzipSync(text, { level: 6 }).length
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

async function firstPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const seen = performance.getEntriesByName('first-contentful-paint')[0]
        if (seen) return resolve(seen.startTime)
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0]
          if (entry) resolve(entry.startTime)
        }).observe({ type: 'paint', buffered: true })
      }),
  )
}

/** One fresh load; `html` replaces the page's own (the page without its beacon). */
async function load(browser: Browser, url: string, html?: string): Promise<{ paint: number; afterLoad: number }> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    let sentAt = Number.NaN
    await context.route('**/api/usage', async (route) => {
      sentAt = await page.evaluate(() => performance.now()).catch(() => Number.NaN)
      await route.fulfill({ status: 204 })
    })
    if (html) await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }))
    await page.goto(url, { waitUntil: 'load' })
    const paint = await firstPaint(page)
    const loadEnd = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    )
    // The beacon leaves in idle time after the load event: wait for it (at most 5 s).
    for (let tries = 0; !html && Number.isNaN(sentAt) && tries < 100; tries++)
      await new Promise((resolve) => setTimeout(resolve, 50))
    return { paint, afterLoad: sentAt - loadEnd }
  } finally {
    await context.close()
  }
}

/** `url`: a material page of a site built with a beacon address (SITE_USAGE_URL or SERVER_URL). */
export async function measureBeaconWeight(browser: Browser, url: string): Promise<BeaconWeight> {
  const html = await (await fetch(url)).text()
  const beacon = html.match(BEACON_ELEMENTS)?.[0]
  if (!beacon) throw new Error(`${url} không có đoạn mã đếm lượt sử dụng: bản dựng cần SITE_USAGE_URL hoặc SERVER_URL`)
  const code = beacon.replace(/^[\s\S]*<script type="module">/, '').replace(/<\/script>$/, '')
  const without = html.replace(BEACON_ELEMENTS, '').replace(COUNTED_LINKS, '')

  const withBeacon: number[] = []
  const withoutBeacon: number[] = []
  const afterLoad: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const measured = await load(browser, url)
    withBeacon.push(measured.paint)
    afterLoad.push(measured.afterLoad)
    withoutBeacon.push((await load(browser, url, without)).paint)
  }
  return {
    beaconGzipBytes: zlib.gzipSync(code, { level: 9 }).length,
    materialPage: new URL(url).pathname,
    materialPageGzipBytes: gzipSize(html),
    beaconAddsGzipBytes: gzipSize(html) - gzipSize(without),
    materialFirstPaintMs: Math.round(median(withBeacon)),
    materialFirstPaintWithoutBeaconMs: Math.round(median(withoutBeacon)),
    beaconAfterLoadMs: Math.round(median(afterLoad.filter((ms) => !Number.isNaN(ms)))),
  }
}
