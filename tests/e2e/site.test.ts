import crypto from 'node:crypto'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { slugify } from '../../cms/vocabulary'
import { DRAFT_SAMPLE_TITLE, PUBLISHED_SAMPLE_TITLE } from '../../scripts/seed/index'
import { launchChromium } from './browser'
import { e2eEnv, projectRoot } from './env'

const siteUrl = inject('siteUrl')
const dist = e2eEnv.SITE_DIST_DIR

/** Every file of the built site as text; Pagefind's index chunks are gzipped, so inflate them first. */
function readBuiltFiles(dir: string): { file: string; text: string }[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name)
      let bytes = fs.readFileSync(file)
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = zlib.gunzipSync(bytes)
      // Pagefind prefixes its decompressed chunks with a signature; the text after it is what matters.
      return { file: path.relative(dir, file), text: bytes.toString('utf8') }
    })
}

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('the built site', () => {
  it('shows a published material with its cover, and its download serves the uploaded file', async () => {
    const page = await browser.newPage()
    const response = await page.goto(`${siteUrl}/tai-lieu/${slugify(PUBLISHED_SAMPLE_TITLE)}/`)
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1').textContent()).resolves.toBe(PUBLISHED_SAMPLE_TITLE)
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')

    const cover = page.locator('.material__cover img')
    await cover.scrollIntoViewIfNeeded()
    await page.waitForFunction(
      (img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0,
      await cover.elementHandle(),
    )

    const link = page.locator('.download__link').first()
    const meta = await page.locator('.download__meta').first().textContent()
    expect(meta).toMatch(/PDF/)
    expect(meta).toMatch(/\d+(,\d+)? (kB|MB)/)

    const href = await link.getAttribute('href')
    expect(href).toBeTruthy()
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    const saved = await download.path()
    const bytes = fs.readFileSync(saved)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const checksum = await page.locator('.download__checksum code').first().textContent()
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(checksum)
    await page.close()
  })

  it('lets a citizen type a query without diacritics and find the material', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/tim-kiem/`)
    const input = page.getByRole('searchbox').or(page.locator('input[name="q"]')).first()
    await input.fill('dang ky khai sinh')
    await input.press('Enter')
    const firstResults = page.locator('.result__title')
    // Generous: CI runs the integration projects' site builds on the same two cores meanwhile.
    await firstResults.first().waitFor({ timeout: 60_000 })
    const titles = await firstResults.allTextContents()
    expect(titles.map((t) => t.trim())).toContain(PUBLISHED_SAMPLE_TITLE)
    expect(new URL(page.url()).searchParams.get('q')).toBe('dang ky khai sinh')
    await page.close()
  })

  it('shows disabled pagination text at 4.5:1 contrast or more, as Chromium paints it', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/tai-lieu/`)
    const disabled = page.locator('.pagination').getByText('‹ Trang trước')
    await expect(disabled.count()).resolves.toBe(1)
    const ratio = await disabled.evaluate((element) => {
      const rgba = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number)
      // Text colour (with its alpha and every ancestor's opacity) over the first opaque background behind it.
      let opacity = 1
      let background: number[] = [255, 255, 255]
      let backgroundFound = false
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node)
        opacity *= Number(style.opacity)
        const bg = rgba(style.backgroundColor)
        if (!backgroundFound && (bg[3] ?? 1) > 0) {
          background = bg.slice(0, 3)
          backgroundFound = true
        }
      }
      const text = rgba(getComputedStyle(element).color)
      const alpha = (text[3] ?? 1) * opacity
      const painted = [0, 1, 2].map((i) => (text[i] ?? 0) * alpha + (background[i] ?? 0) * (1 - alpha))
      const luminance = (rgb: number[]) => {
        const [r, g, b] = rgb.map((v) => {
          const c = v / 255
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
        })
        return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
      }
      const [light, dark] = [luminance(painted), luminance(background)].sort((a, b) => b - a)
      return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
    })
    expect(ratio).toBeGreaterThanOrEqual(4.5)
    await page.close()
  })

  it('gives the home page a link-preview image: absolute, its real size, made at build', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/`)
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content')
    const image = (await meta('og:image')) ?? ''
    expect(image).toMatch(/^https?:\/\//)
    const width = Number(await meta('og:image:width'))
    const height = Number(await meta('og:image:height'))
    expect([width, height]).toEqual([1200, 630])
    await expect(meta('og:image:alt')).resolves.toBeTruthy()
    await page.close()
    // The build's public origin is served here on another port.
    const response = await fetch(`${siteUrl}${new URL(image).pathname}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    const png = Buffer.from(await response.arrayBuffer())
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height])
  })

  it('never lets a draft reach HTML, JSON or the search index', async () => {
    const draftSlug = slugify(DRAFT_SAMPLE_TITLE)
    const files = readBuiltFiles(dist)
    expect(files.some((f) => f.file.startsWith('pagefind/'))).toBe(true)
    expect(files.some((f) => f.file.endsWith('.json'))).toBe(true)
    const leaks = files.filter((f) => f.text.includes(DRAFT_SAMPLE_TITLE) || f.text.includes(draftSlug))
    expect(leaks.map((f) => f.file)).toEqual([])

    const response = await fetch(`${siteUrl}/tai-lieu/${draftSlug}/`)
    expect(response.status).toBe(404)
  })

  it('keeps the previous site when a rebuild fails, and says why in Vietnamese', () => {
    const before = fs.readFileSync(path.join(dist, 'index.html'), 'utf8')
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'scripts', 'build-site.ts')],
      {
        cwd: projectRoot,
        env: { ...process.env, ...e2eEnv, NODE_ENV: 'production', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
        encoding: 'utf8',
      },
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Dựng trang công khai thất bại')
    expect(result.stderr).toContain('vẫn được giữ nguyên')
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe(before)
  })

  it('rebuilds by itself when an editor publishes, and again when they unpublish', async () => {
    // The worker shares the e2e database; turn on rebuild requests as the CMS server has them.
    process.env.SITE_AUTO_REBUILD = '1'
    const { getCmsPayload } = await import('../../cms/lib/getCmsPayload')
    const payload = await getCmsPayload()
    const url = `${siteUrl}/tai-lieu/${slugify(DRAFT_SAMPLE_TITLE)}/`
    const { docs } = await payload.find({
      collection: 'materials',
      where: { title: { equals: DRAFT_SAMPLE_TITLE } },
      draft: true,
      limit: 1,
    })
    const draft = docs[0]
    expect(draft?._status).toBe('draft')
    if (!draft) return

    // Builds due now; an incremental build also queues a consolidating full build minutes later, which is not counted.
    const pendingBuilds = async () =>
      (
        await payload.count({
          collection: 'payload-jobs',
          where: {
            taskSlug: { equals: 'rebuildSite' },
            completedAt: { exists: false },
            waitUntil: { less_than: new Date(Date.now() + 60_000).toISOString() },
          },
        })
      ).totalDocs

    await payload.update({ collection: 'materials', id: draft.id, data: { _status: 'published' } })
    expect(await pendingBuilds()).toBe(1)
    await payload.jobs.run({ queue: 'site' })
    expect(await pendingBuilds()).toBe(0)
    const published = await fetch(url)
    expect(published.status).toBe(200)
    expect(await published.text()).toContain(DRAFT_SAMPLE_TITLE)

    await payload.update({ collection: 'materials', id: draft.id, data: { _status: 'draft' } })
    expect(await pendingBuilds()).toBe(1)
    await payload.jobs.run({ queue: 'site' })
    expect((await fetch(url)).status).toBe(404)
    process.env.SITE_AUTO_REBUILD = '0'
  })
})
