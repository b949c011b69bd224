/**
 * Reading without a connection on a second visit (issue 20 §3): the service worker in Chromium, on a hard-linked
 * copy of the shared build served by `npm start`'s own handler (this file edits a page of its copy; the shared
 * build stays as it is). Open a material page, cut the network, reload: it shows with its look; an unvisited page
 * gives the offline page listing the kept one; back online, a changed page comes fresh (network-first).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSiteHandler } from '../../scripts/lib/site-server'
import { launchChromium, watchErrors } from './browser'
import { e2eEnv, e2eWork } from './env'

const copy = path.join(e2eWork, `offline-${process.pid}`)
let server: http.Server
let siteUrl: string
let browser: Browser
let context: BrowserContext
let visited: string
let unvisited: string

/** Two material pages of the build, by path. */
function materialPaths(dist: string): [string, string] {
  const slugs = fs
    .readdirSync(path.join(dist, 'tai-lieu'))
    .filter((name) => fs.existsSync(path.join(dist, 'tai-lieu', name, 'index.html')) && name !== 'trang')
    .sort()
  if (slugs.length < 2) throw new Error('the e2e seed has fewer than two material pages')
  return [`/tai-lieu/${slugs[0]}/`, `/tai-lieu/${slugs[1]}/`]
}

/** Waits until the worker controls the page and keeps it (register.ts hands it the first visit's page). */
async function waitUntilKept(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => !!navigator.serviceWorker.controller && !!(await caches.match(location.href)),
    undefined,
    { timeout: 20_000, polling: 200 },
  )
}

beforeAll(async () => {
  fs.rmSync(copy, { recursive: true, force: true })
  execFileSync('cp', ['-al', `${fs.realpathSync(e2eEnv.SITE_DIST_DIR)}/.`, copy])
  ;[visited, unvisited] = materialPaths(copy)
  server = http.createServer(createSiteHandler(copy))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchChromium()
  context = await browser.newContext()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
  fs.rmSync(copy, { recursive: true, force: true })
})

describe('the service worker', () => {
  it('is served no-cache as JavaScript, at the base, and registered only after the load event', async () => {
    const response = await fetch(`${siteUrl}/sw.js`)
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('no-cache')
    expect(response.headers.get('Content-Type')).toMatch(/^text\/javascript/)
    const page = await context.newPage()
    // When the page calls register(), against its load event and first paint.
    await page.addInitScript(() => {
      const container = navigator.serviceWorker
      const register = container.register.bind(container)
      container.register = (...args: Parameters<typeof register>) => {
        ;(window as unknown as { registeredAt: number }).registeredAt = performance.now()
        return register(...args)
      }
    })
    await page.goto(`${siteUrl}${visited}`)
    await page.waitForFunction(() => 'registeredAt' in window, undefined, { timeout: 20_000 })
    const timing = await page.evaluate(() => ({
      registeredAt: (window as unknown as { registeredAt: number }).registeredAt,
      loadEnd: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    }))
    expect(timing.loadEnd).toBeGreaterThan(0)
    expect(timing.registeredAt).toBeGreaterThanOrEqual(timing.loadEnd)
    expect(timing.registeredAt).toBeGreaterThan(timing.firstPaint)
    await page.close()
  })

  it('shows a page read before when the network is cut, and the offline page for one never opened', async () => {
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${siteUrl}${visited}`)
    const title = await page.locator('h1').first().textContent()
    const listed = (await page.title()).split(' · ')[0]
    await waitUntilKept(page)

    await context.setOffline(true)
    try {
      await page.reload()
      expect(await page.locator('h1').first().textContent()).toBe(title)
      // With its look: the site's stylesheet came from the cache too.
      const styled = await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.cssRules.length > 10))
      expect(styled).toBe(true)

      await page.goto(`${siteUrl}${unvisited}`)
      await expect(page.locator('h1').first().textContent()).resolves.toBe('Không có kết nối mạng')
      const kept = page.locator('#trang-da-luu a')
      await kept.first().waitFor()
      const links = await kept.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]))
      expect(links).toContainEqual([listed, visited])
      expect(links.map(([, href]) => href)).not.toContain(unvisited)
      // The reader follows the link back to the kept page, still offline.
      await kept.filter({ hasText: listed ?? '' }).click()
      await page.waitForURL(`${siteUrl}${visited}`)
      expect(await page.locator('h1').first().textContent()).toBe(title)
    } finally {
      await context.setOffline(false)
    }
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e))).toEqual([])
    await page.close()
  })

  it('serves a changed page fresh when online (network-first), never the kept copy', async () => {
    const page = await context.newPage()
    await page.goto(`${siteUrl}${visited}`)
    await waitUntilKept(page)
    // A publish replaces the file (a new inode: the copy's files are hard links to the shared build).
    const file = path.join(copy, visited, 'index.html')
    const html = fs.readFileSync(file, 'utf8').replace(/<h1([^>]*)>[^<]*<\/h1>/, '<h1$1>Bản mới sau khi xuất bản</h1>')
    fs.rmSync(file)
    fs.writeFileSync(file, html)
    await page.reload()
    expect(await page.locator('h1').first().textContent()).toBe('Bản mới sau khi xuất bản')
    // …and the kept copy is the new one: offline, the reader sees what they last saw.
    await context.setOffline(true)
    try {
      await page.reload()
      expect(await page.locator('h1').first().textContent()).toBe('Bản mới sau khi xuất bản')
    } finally {
      await context.setOffline(false)
    }
    await page.close()
  })
})
