/**
 * A video hosted on YouTube with captions and no file in the library (seeded: EXTERNAL_VIDEO_SAMPLE): its
 * transcript is on its page and found by the search page, and the page asks nothing of YouTube (or any
 * other host) until the reader clicks «Xem video trên YouTube»; then the youtube-nocookie player loads.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { slugify } from '../../cms/vocabulary'
import { EXTERNAL_VIDEO_SAMPLE } from '../../scripts/seed/index'
import { launchChromium, watchErrors } from './browser'

const siteUrl = inject('siteUrl')
const slug = slugify(EXTERNAL_VIDEO_SAMPLE.materialTitle)
const pagePath = `/tai-lieu/${slug}/`

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** Every request the page makes to a host other than the site, as it happens. Answered here: no network. */
async function watchThirdParties(page: Page): Promise<string[]> {
  const requested: string[] = []
  const site = new URL(siteUrl).host
  await page.route(
    (url) => url.host !== site,
    (route) => {
      requested.push(route.request().url())
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>player</title>' })
    },
  )
  return requested
}

describe('a video on YouTube, without a file of its own', () => {
  it('shows its transcript, without play buttons, and the search page finds it by a captions-only phrase', async () => {
    const page = await browser.newPage()
    expect((await page.goto(`${siteUrl}${pagePath}`))?.status()).toBe(200)
    const transcript = page.getByRole('region', { name: 'Lời thoại' })
    await expect(transcript.textContent()).resolves.toContain(EXTERNAL_VIDEO_SAMPLE.phrase)
    await expect(transcript.getByRole('button').count()).resolves.toBe(0)

    await page.goto(`${siteUrl}/tim-kiem/?q=${encodeURIComponent(EXTERNAL_VIDEO_SAMPLE.phrase)}`)
    const hit = page.locator('.result__title a', { hasText: EXTERNAL_VIDEO_SAMPLE.materialTitle })
    await hit.first().waitFor({ timeout: 60_000 })
    expect(new URL((await hit.first().getAttribute('href')) ?? '', siteUrl).pathname).toBe(pagePath)
    await page.close()
  })

  it('asks nothing of YouTube before the click, then loads the youtube-nocookie player in place', async () => {
    const page = await browser.newPage()
    const errors = watchErrors(page)
    const requested = await watchThirdParties(page)
    await page.goto(`${siteUrl}${pagePath}`, { waitUntil: 'load' })
    const play = page.getByRole('link', { name: 'Xem video trên YouTube' })
    await expect(play.getAttribute('href')).resolves.toBe(EXTERNAL_VIDEO_SAMPLE.link)
    await expect(page.locator('iframe').count()).resolves.toBe(0)
    expect(requested).toEqual([])

    await play.click()
    const frame = page.locator('.external-video iframe')
    await frame.waitFor()
    await expect(frame.getAttribute('src')).resolves.toMatch(
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/LaiChauDVC1\?/,
    )
    await page.waitForFunction(() => document.querySelector('.external-video iframe') !== null)
    await expect.poll(() => requested.map((url) => new URL(url).host)).toEqual(['www.youtube-nocookie.com'])
    expect(page.url()).toBe(`${siteUrl}${pagePath}`)
    expect(errors).toEqual([])
    await page.close()
  })

  it('the embed page links out to the video and loads nothing from YouTube', async () => {
    const page = await browser.newPage()
    const requested = await watchThirdParties(page)
    await page.goto(`${siteUrl}/nhung/${slug}/`, { waitUntil: 'load' })
    const link = page.getByRole('link', { name: 'Xem video trên YouTube' })
    await expect(link.getAttribute('href')).resolves.toBe(EXTERNAL_VIDEO_SAMPLE.link)
    expect(requested).toEqual([])
    await page.close()
  })
})
