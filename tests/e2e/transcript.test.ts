import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { slugify } from '../../cms/vocabulary'
import { CAPTION_SAMPLE } from '../../scripts/seed/index'
import { launchChromium, watchErrors } from './browser'
import { e2eEnv } from './env'

const siteUrl = inject('siteUrl')
const dist = e2eEnv.SITE_DIST_DIR
const videoPath = `/tai-lieu/${slugify(CAPTION_SAMPLE.materialTitle)}/`
/** A seeded procedure that the demo video (and other guides) link to. */
const PROCEDURE = { code: '1.001193', name: 'Đăng ký khai sinh' }

interface PagefindFragment {
  url: string
  content: string
  anchors: { element: string; id: string; text: string; location: number }[]
}

/** Pagefind's fragment for a page: gzipped JSON after a 12-byte signature. */
function fragmentFor(url: string): PagefindFragment {
  const dir = path.join(dist, 'pagefind', 'fragment')
  for (const name of fs.readdirSync(dir)) {
    const text = zlib
      .gunzipSync(fs.readFileSync(path.join(dir, name)))
      .subarray(12)
      .toString('utf8')
    const fragment = JSON.parse(text) as PagefindFragment
    if (fragment.url === url) return fragment
  }
  throw new Error(`no Pagefind fragment for ${url}`)
}

interface SearchHit {
  url: string
  meta: Record<string, string>
  /** Word positions of the matches, and the elements with an id before them (Pagefind's `anchors`). */
  locations: number[]
  anchors: { element: string; id: string; text: string; location: number }[]
}

/** Runs a query through the built site's own Pagefind bundle, as the search page does. */
function pagefindSearch(page: Page, query: string): Promise<SearchHit[]> {
  // A string, not a function: Vitest rewrites import() inside test code into a helper the page does not have.
  return page.evaluate(`(async () => {
    const pagefind = await import(location.origin + '/pagefind/pagefind.js')
    await pagefind.init()
    const search = await pagefind.search(${JSON.stringify(query)})
    return Promise.all(search.results.map((r) => r.data()))
  })()`)
}

const mediaTime = (page: Page) => page.locator('.player video').evaluate((video: HTMLVideoElement) => video.currentTime)

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('video transcripts', () => {
  it('shows the captions as lines, each anchored for search with its text only', async () => {
    const page = await browser.newPage()
    const response = await page.goto(`${siteUrl}${videoPath}`)
    expect(response?.status()).toBe(200)
    const section = page.getByRole('region', { name: 'Lời thoại' })
    await expect(section.isVisible()).resolves.toBe(true)
    const line = section.locator(`li#t-${CAPTION_SAMPLE.startSeconds}`)
    await expect(line.locator('.transcript__text').textContent()).resolves.toContain(CAPTION_SAMPLE.phrase)
    await expect(line.getByRole('button').getAttribute('aria-label')).resolves.toBe('Phát từ 00:16')
    await page.close()

    const fragment = fragmentFor(videoPath)
    expect(fragment.content).toContain(CAPTION_SAMPLE.phrase)
    const anchor = fragment.anchors.find((a) => a.id === `t-${CAPTION_SAMPLE.startSeconds}`)
    expect(anchor?.text).toContain(CAPTION_SAMPLE.phrase)
    expect(anchor?.text).not.toMatch(/\d\d:\d\d/)
  })

  it('finds the video by a phrase said only in its captions, at the line that says it', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/`)
    const hits = await pagefindSearch(page, CAPTION_SAMPLE.phrase)
    const hit = hits.find((h) => h.url === videoPath)
    expect(hit, `results: ${hits.map((h) => h.url).join(', ')}`).toBeTruthy()
    // The line a match sits in is the last transcript anchor before its first word.
    const first = Math.min(...(hit?.locations ?? []))
    const cue = hit?.anchors.filter((a) => /^t-\d+$/.test(a.id) && a.location <= first).at(-1)
    expect(cue?.id).toBe(`t-${CAPTION_SAMPLE.startSeconds}`)

    // What a result links to: the page playing from that line's second.
    await page.goto(`${siteUrl}${videoPath}?t=${cue?.id.slice(2)}`)
    await page.waitForFunction((start) => {
      const video = document.querySelector<HTMLVideoElement>('.player video')
      return video !== null && Math.abs(video.currentTime - start) < 0.5
    }, CAPTION_SAMPLE.startSeconds)
    await page.close()
  })

  it('seeks the player to a line when its time is clicked', async () => {
    const page = await browser.newPage()
    const errors = watchErrors(page)
    await page.goto(`${siteUrl}${videoPath}`)
    const line = page.locator(`li#t-${CAPTION_SAMPLE.startSeconds}`)
    await line.getByRole('button', { name: 'Phát từ 00:16' }).click()
    await page.waitForFunction((start) => {
      const video = document.querySelector<HTMLVideoElement>('.player video')
      return video !== null && Math.abs(video.currentTime - start) < 0.5
    }, CAPTION_SAMPLE.startSeconds)
    await expect(line.getAttribute('aria-current')).resolves.toBe('true')
    expect(errors).toEqual([])
    await page.close()
  })

  it('seeks the player to a line when its words are clicked, not only its time', async () => {
    const page = await browser.newPage()
    const errors = watchErrors(page)
    await page.goto(`${siteUrl}${videoPath}`)
    const line = page.locator(`li#t-${CAPTION_SAMPLE.startSeconds}`)
    await line.locator('.transcript__text').click()
    await page.waitForFunction((start) => {
      const video = document.querySelector<HTMLVideoElement>('.player video')
      return video !== null && Math.abs(video.currentTime - start) < 0.5
    }, CAPTION_SAMPLE.startSeconds)
    await expect(line.getAttribute('aria-current')).resolves.toBe('true')
    expect(errors).toEqual([])
    await page.close()
  })

  it('opens at the second given by ?t=, and ignores a value that is not one', async () => {
    const page = await browser.newPage()
    const errors = watchErrors(page)
    await page.goto(`${siteUrl}${videoPath}?t=${CAPTION_SAMPLE.startSeconds}`)
    await page.waitForFunction((start) => {
      const video = document.querySelector<HTMLVideoElement>('.player video')
      return video !== null && Math.abs(video.currentTime - start) < 0.5
    }, CAPTION_SAMPLE.startSeconds)
    await expect(page.locator(`li#t-${CAPTION_SAMPLE.startSeconds}`).getAttribute('aria-current')).resolves.toBe('true')

    for (const junk of ['abc', '-5', '99999']) {
      await page.goto(`${siteUrl}${videoPath}?t=${junk}`)
      await page.waitForLoadState('load')
      // Give a wrongly accepted value the time it would take to load metadata and seek.
      await page.waitForTimeout(500)
      expect(await mediaTime(page), `?t=${junk}`).toBe(0)
      await expect(page.locator('.transcript [aria-current]').count()).resolves.toBe(0)
    }
    expect(errors).toEqual([])
    await page.close()
  })
})

describe('procedure pages', () => {
  it('shows a procedure with its level, portal link and guides, videos first', async () => {
    const page = await browser.newPage()
    const response = await page.goto(`${siteUrl}/thu-tuc/${PROCEDURE.code}/`)
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1').textContent()).resolves.toBe(PROCEDURE.name)
    await expect(page.locator('.facts').textContent()).resolves.toMatch(/Toàn trình/)
    await expect(page.getByRole('link', { name: /Nộp hồ sơ trực tuyến/ }).getAttribute('href')).resolves.toMatch(
      /^https:\/\//,
    )
    const guides = page.locator('.procedure-guides .card-grid a[href*="/tai-lieu/"]')
    const hrefs = await guides.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    expect(hrefs).toContain(videoPath)
    await page.goto(`${siteUrl}${hrefs[0]}`)
    await expect(page.locator('.player video').count()).resolves.toBe(1)
    await page.close()
  })

  it('is linked from the procedure list', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/thu-tuc/`)
    await page.getByRole('link', { name: PROCEDURE.name, exact: true }).first().click()
    await page.waitForURL(`**/thu-tuc/${PROCEDURE.code}/`)
    await page.close()
  })

  it.each([
    PROCEDURE.code,
    PROCEDURE.code.replace('.', ''),
    PROCEDURE.code.slice(PROCEDURE.code.indexOf('.') + 1),
    'dang ky khai sinh',
  ])('is found by searching "%s", with its guides', async (query) => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/`)
    const hits = await pagefindSearch(page, query)
    const urls = hits.map((h) => h.url)
    expect(urls).toContain(`/thu-tuc/${PROCEDURE.code}/`)
    // The guides carry the code as written; the unsplit form is only for the procedure's own page.
    if (query === PROCEDURE.code) expect(urls).toContain(videoPath)
    expect(hits.find((h) => h.url === `/thu-tuc/${PROCEDURE.code}/`)?.meta.kind).toBe('Thủ tục hành chính')
    await page.close()
  })
})
