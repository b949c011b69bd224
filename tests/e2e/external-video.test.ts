/**
 * A video hosted on YouTube with captions and no file in the library (seeded: EXTERNAL_VIDEO_SAMPLE): its
 * transcript is on its page and found by the search page, and the page asks nothing of YouTube (or any
 * other host) until the reader clicks «Xem video trên YouTube»; then the youtube-nocookie player loads.
 * In the admin, a video with nothing to play shows the warning in its review panel until a link is saved.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { slugify } from '../../cms/vocabulary'
import { DEMO_LOGIN, EXTERNAL_VIDEO_SAMPLE } from '../../scripts/seed/index'
import { launchChromium, watchErrors } from './browser'
import { type RunningCms, startCms } from './cms'

const siteUrl = inject('siteUrl')
const slug = slugify(EXTERNAL_VIDEO_SAMPLE.materialTitle)
const pagePath = `/tai-lieu/${slug}/`

let browser: Browser
let cms: RunningCms | undefined

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  cms?.stop()
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

describe('the admin', () => {
  it('warns on a video with nothing to play, and stops once a link is saved', { timeout: 300_000 }, async () => {
    cms = await startCms()
    const page = await browser.newPage()
    await page.goto(`${cms.url}/admin/login`)
    await page.fill('input[name="email"]', DEMO_LOGIN.email)
    await page.fill('input[name="password"]', DEMO_LOGIN.password)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL(/\/admin\/?$/)
    // A fresh draft, made through the API: the shared seeded library stays as other files expect it.
    const login = await page.request.post(`${cms.url}/api/users/login`, {
      data: { email: DEMO_LOGIN.email, password: DEMO_LOGIN.password },
    })
    const headers = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const units = await page.request.get(`${cms.url}/api/units?limit=1&depth=0`, { headers })
    const unit = ((await units.json()) as { docs: { id: string | number }[] }).docs[0]?.id
    const created = await page.request.post(`${cms.url}/api/materials?draft=true`, {
      headers,
      data: { title: `Video chưa có tệp ${Date.now()}`, kind: 'video', summary: 'Chưa có tệp.', ownerUnit: unit },
    })
    expect(created.status()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: string | number } }

    await page.goto(`${cms.url}/admin/collections/materials/${doc.id}`)
    const warning = page.locator('[data-material-warning]')
    await warning.waitFor({ timeout: 30_000 })
    await expect(warning.textContent()).resolves.toContain('trang công khai sẽ không có gì để phát')

    await page.locator('#field-externalVideo').fill('https://www.youtube.com/shorts/dQw4w9WgXcQ')
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await warning.waitFor({ state: 'detached', timeout: 20_000 })
    await page.close()
  })
})
