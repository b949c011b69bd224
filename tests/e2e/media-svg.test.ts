/**
 * An SVG from a design agency can never run script for a citizen: one with
 * <script> is refused at upload, a clean one is stored as a PNG, and even an
 * SVG put on the site by hand is served as a sandboxed download. Checked in
 * Chromium, where a script that ran would set the title and call a binding.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { slugify } from '../../cms/vocabulary'
import { launchChromium } from './browser'
import { e2eEnv } from './env'

const siteUrl = inject('siteUrl')

const HOSTILE_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" onload="document.documentElement.setAttribute('data-ran', 'onload'); console.log('svg-script-ran: onload')">
  <script>document.documentElement.setAttribute('data-ran', 'script'); console.log('svg-script-ran: script')</script>
  <rect width="200" height="100" fill="#c8102e"/>
</svg>`

const CLEAN_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120">
  <rect width="240" height="120" rx="16" fill="#0b3d91"/><circle cx="60" cy="60" r="36" fill="#ffd166"/>
</svg>`

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/**
 * Runs the site's jobs until the page is served, for at most two minutes. One run is not always the build: in the
 * CI run at 23c3307 the page was still 404 right after it (no build had started in this process), the job taken
 * or the rebuild lock held by another process on the shared e2e database and site, which then builds it.
 */
async function untilLive(url: string, runJobs: () => Promise<unknown>): Promise<Response> {
  const deadline = Date.now() + 120_000
  for (;;) {
    await runJobs()
    const response = await fetch(url)
    if (response.status !== 404 || Date.now() > deadline) return response
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

/** Opens a URL and reports whether any script in it ran (console line or mark on the document). */
async function openAndWatch(
  url: string,
  page?: Page,
): Promise<{ page: Page; ran: string[]; status: number | undefined }> {
  const tab = page ?? (await browser.newPage())
  const ran: string[] = []
  tab.on('console', (message) => {
    if (message.text().startsWith('svg-script-ran')) ran.push(message.text())
  })
  const response = await tab.goto(url).catch((error: unknown) => {
    // Chromium aborts a navigation that turns into a download.
    if (error instanceof Error && /Download is starting|net::ERR_ABORTED/.test(error.message)) return null
    throw error
  })
  await tab.waitForTimeout(500)
  const mark = await tab.evaluate(() => document.documentElement?.getAttribute('data-ran') ?? null).catch(() => null)
  if (mark) ran.push(`mark: ${mark}`)
  return { page: tab, ran, status: response?.status() }
}

describe('SVG uploads', () => {
  it('refuses an SVG with script, stores a clean SVG as a PNG, and the published file runs nothing in Chromium', async () => {
    process.env.SITE_AUTO_REBUILD = '1'
    const { getCmsPayload } = await import('../../cms/lib/getCmsPayload')
    const payload = await getCmsPayload()
    const svgFile = (text: string, name: string) => ({
      data: Buffer.from(text),
      mimetype: 'image/svg+xml',
      name,
      size: Buffer.byteLength(text),
    })

    const before = (await payload.count({ collection: 'media' })).totalDocs
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'Logo có mã độc' },
        file: svgFile(HOSTILE_SVG, 'logo-doc-hai.svg'),
      }),
    ).rejects.toThrow(/logo-doc-hai\.svg/)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)

    const logo = await payload.create({
      collection: 'media',
      data: { alt: 'Logo Sở Thông tin' },
      file: svgFile(CLEAN_SVG, 'logo-so-thong-tin.svg'),
    })
    expect(logo.mimeType).toBe('image/png')
    expect(logo.filename).toMatch(/\.png$/)
    const stored = fs.readFileSync(path.join(e2eEnv.MEDIA_DIR, logo.filename ?? ''))
    expect(stored.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))

    // Publish a material using it as its cover; the site rebuild copies it under /tep/.
    const unit = await payload.create({
      collection: 'units',
      data: { name: `Sở Thông tin thử SVG ${Date.now()}`, type: 'department' },
    })
    const title = `Áp phích logo SVG ${Date.now()}`
    await payload.create({
      collection: 'materials',
      data: {
        title,
        kind: 'poster',
        language: 'vi',
        summary: 'Áp phích dùng logo tải lên dạng SVG.',
        ownerUnit: unit.id,
        coverImage: logo.id,
        _status: 'published',
      },
    })
    const materialPage = await untilLive(`${siteUrl}/tai-lieu/${slugify(title)}/`, () =>
      payload.jobs.run({ queue: 'site' }),
    )
    process.env.SITE_AUTO_REBUILD = '0'
    expect(materialPage.status).toBe(200)
    expect(await materialPage.text()).not.toMatch(/\/tep\/[^"]*\.svg/)

    const published = await openAndWatch(`${siteUrl}/tep/${encodeURIComponent(logo.filename ?? '')}`)
    expect(published.status).toBe(200)
    expect(published.ran).toEqual([])
    await published.page.close()
  }, 240_000)

  it('detects a script that runs: the same SVG served without the headers does run (control)', async () => {
    const page = await browser.newPage()
    await page.route('**/control.svg', (route) =>
      route.fulfill({ status: 200, contentType: 'image/svg+xml', body: HOSTILE_SVG }),
    )
    const control = await openAndWatch(`${siteUrl}/control.svg`, page)
    expect(control.ran).toContain('svg-script-ran: script')
    await page.close()
  })

  it('serves an SVG placed on the site by hand as a sandboxed download whose script never runs', async () => {
    const name = `ban-tay-${Date.now()}.svg`
    const file = path.join(e2eEnv.SITE_DIST_DIR, 'tep', name)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, HOSTILE_SVG)
    try {
      const response = await fetch(`${siteUrl}/tep/${name}`)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('content-disposition')).toBe('attachment')
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/)
      await response.arrayBuffer()

      const opened = await openAndWatch(`${siteUrl}/tep/${name}`)
      expect(opened.ran).toEqual([])
      await opened.page.close()
    } finally {
      fs.rmSync(file, { force: true })
    }
  })
})
