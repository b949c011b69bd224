/**
 * The search page of a built site folder, in Chromium over real HTTP: what a
 * citizen sees for a query once the results and the facet counts are in.
 */
import type { AddressInfo } from 'node:net'

import type { Page } from 'playwright-core'

import { serveSite } from '../../scripts/lib/site-server'
import { launchChromium } from '../e2e/browser'

export interface SearchView {
  /** Result addresses, in rank order (the first screen). */
  hrefs: string[]
  /** "Tìm thấy 12 kết quả" → 12. */
  total: number
  notices: string[]
  /** Count beside each value of a facet: { 'Tờ rơi': 3 }. */
  counts(facet: string): Promise<Record<string, number>>
}

/**
 * Waits until the search island answered the query now in the address, facet counts included.
 * Generous: CI runs other site builds on the same two cores meanwhile.
 */
export async function searchAnswered(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('.search')
      return (
        root?.getAttribute('data-state') === 'done' && root.getAttribute('data-answered') === window.location.search
      )
    },
    undefined,
    { timeout: 60_000 },
  )
}

async function view(page: Page, origin: string, q: string): Promise<SearchView> {
  await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent(q)}`)
  await searchAnswered(page)
  const status = (await page.locator('.search__status').textContent()) ?? ''
  return {
    hrefs: await page.$$eval('.result__title a', (links) => links.map((a) => a.getAttribute('href') ?? '')),
    total: Number(/Tìm thấy ([\d.]+) kết quả/.exec(status)?.[1]?.replace(/\./g, '') ?? 0),
    notices: await page.locator('.search__notice').allTextContents(),
    async counts(facet) {
      const fieldset = page.locator('fieldset.facet', { has: page.locator('legend', { hasText: facet }) })
      const more = fieldset.getByRole('button', { name: /Xem thêm/ })
      if (await more.count()) await more.click()
      const labels = await fieldset.locator('label').allTextContents()
      return Object.fromEntries(
        labels
          .map((text) => /^\s*(.*?)\s*\((\d+)\)\s*$/.exec(text))
          .flatMap((m) => (m?.[1] ? [[m[1], Number(m[2])]] : [])),
      )
    },
  }
}

/** Serves `outDir` and opens its search page for `use`; closes both after. */
export async function withSearchPage<T>(
  outDir: string,
  use: (search: (q: string) => Promise<SearchView>) => Promise<T>,
): Promise<T> {
  const server = await serveSite(outDir, 0)
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    return await use((q) => view(page, origin, q))
  } finally {
    await browser.close()
    await new Promise((resolve) => server.close(resolve))
  }
}
