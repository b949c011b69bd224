/**
 * What a first search costs a phone on a slow link (issue 18), in Chromium over
 * the seeded demo site served by `npm start`'s handler: which index files are
 * fetched before the first results are on screen, and how they arrive. The
 * figures at 10,000 materials are the bench's (`npm run bench -- --only search`).
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium } from './browser'

const siteUrl = inject('siteUrl')
/** Many demo materials hold it: more results than the first screen shows. */
const QUERY = 'dang ky'

/** In the page, before its scripts: each fetch() (Pagefind loads its index with fetch) and the first result's appearance. */
const PROBE = `(() => {
  const probe = (window.__budget = { fetches: [], firstResultAt: 0 })
  const fetch = window.fetch.bind(window)
  window.fetch = (input, init) => {
    probe.fetches.push({ url: String(input instanceof Request ? input.url : input), at: performance.now() })
    return fetch(input, init)
  }
  new MutationObserver(() => {
    if (!probe.firstResultAt && document.querySelector('ol.search__results li.result')) probe.firstResultAt = performance.now()
  }).observe(document, { childList: true, subtree: true })
})()`

interface Probe {
  fetches: { url: string; at: number }[]
  firstResultAt: number
}

let browser: Browser
let page: Page
const requested: string[] = []
const encodings = new Map<string, string | undefined>()
let probe: Probe

beforeAll(async () => {
  browser = await launchChromium()
  page = await browser.newPage()
  await page.addInitScript(PROBE)
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  page.on('response', (response) =>
    encodings.set(new URL(response.url()).pathname, response.headers()['content-encoding']),
  )
  await page.goto(`${siteUrl}/tim-kiem/`)
  await page.locator('input[name="q"]').click()
  await page.keyboard.type(QUERY)
  // Results and facet counts on screen.
  await page.waitForFunction(
    () => {
      const root = document.querySelector('.search')
      const address = window.location.search
      return (
        address.includes('q=') &&
        root?.getAttribute('data-state') === 'done' &&
        root.getAttribute('data-answered') === address
      )
    },
    undefined,
    { timeout: 60_000 },
  )
  probe = await page.evaluate<Probe>('window.__budget')
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

const beforeFirstResults = (pattern: RegExp) =>
  probe.fetches.filter((f) => pattern.test(f.url) && f.at < probe.firstResultAt).length
const everFetched = (pattern: RegExp) => probe.fetches.filter((f) => pattern.test(f.url)).length

describe('a first search on a slow phone', () => {
  it('shows more results than the first screen holds', async () => {
    expect(probe.firstResultAt).toBeGreaterThan(0)
    expect(await page.locator('li.result').count()).toBeGreaterThan(3)
  })

  it('fetches the fragments of the first screen (three results) before painting it, the rest after', () => {
    expect(beforeFirstResults(/\.pf_fragment$/)).toBeLessThanOrEqual(3)
    expect(everFetched(/\.pf_fragment$/)).toBeGreaterThan(3)
  })

  it('loads the facets’ filter data only after the first results are painted', () => {
    expect(beforeFirstResults(/\.pf_filter$/)).toBe(0)
    expect(everFetched(/\.pf_filter$/)).toBeGreaterThan(0)
  })

  it('gets Pagefind’s index metadata, wasm and word chunks brotli-compressed (pre-compressed at build)', () => {
    const index = [...encodings].filter(([path]) => /\.pf_meta$|\/wasm\.[^/]+\.pagefind$|\.pf_index$/.test(path))
    expect(index.length).toBeGreaterThanOrEqual(3)
    for (const [path, encoding] of index) expect(encoding, path).toBe('br')
  })

  it('makes no request for the icon: it is in the page', () => {
    expect(requested.filter((path) => path.includes('favicon'))).toEqual([])
  })
})
