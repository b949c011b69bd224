// publishToSearchable (issue 18): from a material saved through the CMS to the search page finding it,
// in Chromium, as a citizen would: /tim-kiem/?q=<its title>, reloaded until it is listed.
import type { Browser } from 'playwright-core'

import { launchChromium } from '../../tests/e2e/browser'

const POLL_MS = 250

export interface SearchWatch {
  /** Milliseconds from `started` until a search for `query` lists `title` (0 if not within `timeoutMs`). */
  until(query: string, title: string, started: number, timeoutMs: number): Promise<number>
  close(): Promise<void>
}

/** Each try is a fresh page load, so it reads the index live at that moment (as a new visitor would). */
export async function watchSearch(origin: string): Promise<SearchWatch> {
  const browser: Browser = await launchChromium()
  const page = await browser.newPage()
  return {
    async until(query, title, started, timeoutMs) {
      while (performance.now() - started < timeoutMs) {
        await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent(query)}`)
        // data-answered: the results of this address (and their facet counts) are all on screen.
        await page
          .locator('.search[data-answered]')
          .waitFor({ timeout: 30_000 })
          .catch(() => undefined)
        const titles = await page.locator('.result__title').allTextContents()
        if (titles.some((text) => text.trim() === title)) return performance.now() - started
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
      return 0
    },
    close: () => browser.close(),
  }
}
