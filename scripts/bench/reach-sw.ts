// The service worker's cost on a first visit (issue 20 §3: ≤ 3 kB gzipped, 0 ms of first paint), part of
// `--only reach`. Bytes: sw.js and the inline registration, minified as the build makes them, gzipped at level 9.
// First paint: Chromium's first-contentful-paint of one page with the registration and of the same page without it,
// served here (the worker's own file too), the median of RUNS fresh contexts each, alternated.
// `serviceWorkerRegisteredAfterLoadMs`: when register() was called, after the load event's end (never before it).
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

import type { Browser, Page } from 'playwright-core'

import { registrationCode, serviceWorkerCode } from '../../site/src/integrations/serviceWorker'
import { launchChromium } from '../../tests/e2e/browser'

const RUNS = 5
const gzip9 = (text: string) => zlib.gzipSync(text, { level: 9 }).length
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

/** A material-like page: a heading, a few paragraphs, a list; `script` at the end of the body. */
function page(script: string): string {
  const paragraphs = Array.from({ length: 12 }, (_, i) => `<p>Đoạn ${i + 1}: hướng dẫn nộp hồ sơ trực tuyến.</p>`)
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang thử</title></head><body>
<h1>Đăng ký khai sinh trực tuyến</h1>${paragraphs.join('')}${script}</body></html>`
}

function serve(routes: Record<string, { type: string; body: string }>): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname]
    if (!route) return res.writeHead(404).end()
    res.writeHead(200, { 'Content-Type': route.type, 'Cache-Control': 'no-cache' }).end(route.body)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

async function firstPaint(p: Page): Promise<number> {
  await p.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0)
  return p.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN)
}

async function load(browser: Browser, url: string, register: boolean): Promise<{ paint: number; afterLoad: number }> {
  const context = await browser.newContext()
  try {
    const p = await context.newPage()
    await p.addInitScript(() => {
      const container = navigator.serviceWorker
      const original = container.register.bind(container)
      container.register = (...args: Parameters<typeof original>) => {
        ;(window as unknown as { registeredAt: number }).registeredAt = performance.now()
        return original(...args)
      }
    })
    await p.goto(url, { waitUntil: 'load' })
    const paint = await firstPaint(p)
    if (!register) return { paint, afterLoad: Number.NaN }
    await p.waitForFunction(() => 'registeredAt' in window, undefined, { timeout: 10_000 })
    const afterLoad = await p.evaluate(
      () =>
        (window as unknown as { registeredAt: number }).registeredAt -
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    )
    return { paint, afterLoad }
  } finally {
    await context.close()
  }
}

export async function benchServiceWorker(): Promise<Record<string, number>> {
  const [worker, registration] = await Promise.all([serviceWorkerCode(), registrationCode('/')])
  const inline = `<script type="module">${registration}</script>`
  const server = await serve({
    '/': { type: 'text/html; charset=utf-8', body: page(inline) },
    '/khong-sw/': { type: 'text/html; charset=utf-8', body: page('') },
    '/ngoai-tuyen/': { type: 'text/html; charset=utf-8', body: page('') },
    '/sw.js': { type: 'text/javascript', body: worker },
  })
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await launchChromium()
  try {
    const withSw: number[] = []
    const withoutSw: number[] = []
    const afterLoad: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const measured = await load(browser, `${origin}/`, true)
      withSw.push(measured.paint)
      afterLoad.push(measured.afterLoad)
      withoutSw.push((await load(browser, `${origin}/khong-sw/`, false)).paint)
    }
    return {
      serviceWorkerGzipBytes: gzip9(worker),
      serviceWorkerRegistrationGzipBytes: gzip9(registration),
      serviceWorkerTotalGzipBytes: gzip9(worker) + gzip9(registration),
      serviceWorkerFirstPaintMs: Math.round(median(withSw)),
      serviceWorkerFirstPaintWithoutMs: Math.round(median(withoutSw)),
      serviceWorkerRegisteredAfterLoadMs: Math.round(median(afterLoad)),
    }
  } finally {
    await browser.close()
    server.close()
  }
}
