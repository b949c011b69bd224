/**
 * Embeds for unit portals (issue 6), as a commune's web editor uses them: the
 * codes copied from the library's unit page, pasted into a plain HTML page on
 * another origin (a second local port), in Chromium. The host page is also
 * made hostile (global CSS resets, a patched Array.prototype) and broken (an
 * unknown unit, the library out of reach).
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import zlib from 'node:zlib'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium } from './browser'
import { e2eEnv } from './env'

const siteUrl = inject('siteUrl')
const dist = e2eEnv.SITE_DIST_DIR
/** The demo contributor's commune. */
const UNIT = 'xa-sin-ho'

let browser: Browser
let host: http.Server
let hostUrl = ''
/** Host pages by path, written by each test. */
const hostPages = new Map<string, string>()
/** The codes as the unit page hands them out (read once from the page). */
let codes: { iframe: string; widget: string }

const hostPage = (body: string, head = ''): string =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin điện tử Xã Sìn Hồ</title><link rel="icon" href="data:,">${head}</head>` +
  `<body><h1>Cổng thông tin điện tử Xã Sìn Hồ</h1><p id="host-text">Tin tức, sự kiện của xã.</p>${body}<p id="host-after">Cuối trang.</p></body></html>`

let pageCounter = 0
/** Serves `html` on the host origin and returns its address. */
function serveHost(html: string): string {
  const route = `/trang-${++pageCounter}.html`
  hostPages.set(route, html)
  return `${hostUrl}${route}`
}

/** A page that records console errors and uncaught exceptions. */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} @ ${message.location().url}`)
  })
  page.on('pageerror', (error) => errors.push(String(error)))
  return { page, errors }
}

/** The widget's items as text, read through its (open) shadow root. */
async function widgetTitles(page: Page): Promise<string[]> {
  await page.locator('[data-dvctt-widget] .w').first().waitFor({ timeout: 20_000 })
  return page.locator('[data-dvctt-widget] a.t').allTextContents()
}

/** Published materials reaching the unit, read from the CMS independently of the site: owned by it, or applying to it or a unit above it. */
async function publishedForUnit(slug: string, language?: string): Promise<string[]> {
  const { getCmsPayload } = await import('../../cms/lib/getCmsPayload')
  const payload = await getCmsPayload()
  const units = (await payload.find({ collection: 'units', pagination: false, depth: 0 })).docs
  const unit = units.find((u) => u.slug === slug)
  if (!unit) throw new Error(`no unit ${slug} in the e2e database`)
  const above: (string | number)[] = []
  for (let u: (typeof units)[number] | undefined = unit; u; ) {
    above.push(u.id)
    const parent: unknown = u.parent
    const parentId =
      parent == null
        ? null
        : typeof parent === 'object'
          ? (parent as { id: string | number }).id
          : (parent as string | number)
    u = parentId == null || above.includes(parentId) ? undefined : units.find((x) => x.id === parentId)
  }
  const { docs } = await payload.find({
    collection: 'materials',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { or: [{ ownerUnit: { equals: unit.id } }, { appliesTo: { in: above } }] },
        ...(language ? [{ language: { equals: language } }] : []),
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  return docs.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map((m) => m.title)
}

beforeAll(async () => {
  browser = await launchChromium()
  host = http.createServer((req, res) => {
    const html = hostPages.get((req.url ?? '/').split('?')[0] ?? '/')
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' })
    res.end(html ?? 'không có')
  })
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
  // Same host, another port: another origin.
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`
  expect(new URL(hostUrl).origin).not.toBe(new URL(siteUrl).origin)
})

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()))
})

describe('the unit page, for its web editor', () => {
  it('lists what reaches the unit through the hierarchy and hands out both codes, with a working copy button and live previews', async () => {
    const context = await browser.newContext()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/don-vi/${UNIT}/`)
    const expected = await publishedForUnit(UNIT)
    expect(expected.length).toBeGreaterThan(0)
    const cards = (await page.locator('.card h3').allTextContents()).map((t) => t.trim())
    expect(cards.sort()).toEqual([...expected].sort())

    const panel = page.locator('.embed-panel')
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Nhúng vào cổng thông tin')
    const iframe = await panel.locator('textarea[id$="-iframe"]').inputValue()
    const widget = await panel.locator('textarea[id$="-widget"]').inputValue()
    // Built for SITE_URL, shown for the address the editor opened.
    expect(iframe).toContain(`${siteUrl}/nhung/`)
    expect(widget).toContain(`src="${siteUrl}/nhung/widget.js"`)
    expect(widget).toContain(`data-unit="${UNIT}"`)
    expect(widget).toMatch(/^<a href="[^"]+">[^<]+<\/a>\n<script /)
    codes = { iframe, widget }

    await panel.locator('details[data-embed="widget"] summary').click()
    await panel.locator('details[data-embed="widget"] .embed-code__copy').click()
    await expect
      .poll(() => panel.locator('details[data-embed="widget"] [role="status"]').textContent())
      .toBe('Đã sao chép mã.')
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(widget)
    // The preview runs the code as pasted.
    const previewTitles = await widgetTitles(page)
    expect(previewTitles).toEqual(expected.slice(0, 5))

    await panel.locator('details[data-embed="iframe"] summary').click()
    const frame = page.frameLocator('.embed-code__preview iframe')
    await expect(frame.locator('h1').textContent()).resolves.toBe(expected[0])
    await context.close()
  })
})

describe('the codes pasted into a portal on another origin', () => {
  it('renders the unit’s current materials and an iframe as tall as its content, with no console errors', async () => {
    const { page, errors } = await openPage()
    await page.goto(
      serveHost(hostPage(`${codes.widget.replace('data-limit="5"', 'data-limit="20"')}\n${codes.iframe}`)),
    )
    const expected = await publishedForUnit(UNIT)
    expect(await widgetTitles(page)).toEqual(expected)
    await expect(page.locator('[data-dvctt-widget] .f a').textContent()).resolves.toBe(
      `Xem tất cả ${expected.length} tài liệu trên thư viện`,
    )
    // Links lead to the library, not to the portal.
    const href = await page.locator('[data-dvctt-widget] a.t').first().getAttribute('href')
    expect(href?.startsWith(`${siteUrl}/tai-lieu/`)).toBe(true)
    // The fallback link was replaced, not kept beside the list.
    await expect(page.locator('body > a').count()).resolves.toBe(0)

    const iframe = page.locator('iframe[data-dvctt-nhung]')
    const frame = page.frameLocator('iframe[data-dvctt-nhung]')
    await frame.locator('h1').waitFor()
    const heights = async () => ({
      outer: await iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height)),
      inner: await frame.locator('#e').evaluate((el) => Math.ceil(el.getBoundingClientRect().height)),
    })
    await expect
      .poll(
        async () => {
          const h = await heights()
          return h.outer === h.inner && h.outer !== 560
        },
        { timeout: 15_000 },
      )
      .toBe(true)
    // On a phone the cover shrinks and the text wraps: the content's height changes, the iframe follows.
    const wide = (await heights()).outer
    await page.setViewportSize({ width: 360, height: 800 })
    await expect
      .poll(
        async () => {
          const h = await heights()
          return h.outer === h.inner && h.outer !== wide
        },
        { timeout: 15_000 },
      )
      .toBe(true)

    expect(errors).toEqual([])
    // Back to the full page, in the whole window.
    await frame.locator('a[target="_top"]').first().click()
    await page.waitForURL(`${siteUrl}/tai-lieu/**`)
    await page.close()
  })

  it('keeps only the materials in the language asked for (data-lang)', async () => {
    const { page, errors } = await openPage()
    await page.goto(serveHost(hostPage(codes.widget.replace('data-limit="5"', 'data-lang="hmn" data-limit="20"'))))
    const expected = await publishedForUnit(UNIT, 'hmn')
    expect(expected.length).toBeGreaterThan(0)
    expect(await widgetTitles(page)).toEqual(expected)
    await expect(page.locator('[data-dvctt-widget] .m').first().textContent()).resolves.toContain('tiếng Mông')
    // Each Hmong title says so to screen readers and fonts, inside the Vietnamese box.
    const langs = await page
      .locator('[data-dvctt-widget] a.t')
      .evaluateAll((as) => as.map((a) => a.getAttribute('lang')))
    expect(langs).toEqual(expected.map(() => 'hmn'))
    expect(errors).toEqual([])
    await page.close()
  })

  it('keeps its look under a hostile stylesheet, and leaves the host’s elements alone', async () => {
    const hostile =
      '<style>* { color: red !important; font-size: 40px !important; font-family: serif !important; margin: 13px !important; line-height: 3 !important } html { font-size: 40px } a { text-decoration: underline overline !important } ul, li { list-style: square !important; padding: 30px !important }</style>'
    const look = async (head: string, body: string) => {
      const { page, errors } = await openPage()
      await page.goto(serveHost(hostPage(body, head)))
      if (body) await widgetTitles(page)
      const widget = body
        ? await page
            .locator('[data-dvctt-widget] a.t')
            .first()
            .evaluate((el) => {
              const s = getComputedStyle(el)
              const li = el.closest('li') as HTMLElement
              return {
                color: s.color,
                fontSize: s.fontSize,
                fontFamily: s.fontFamily,
                lineHeight: s.lineHeight,
                margin: s.margin,
                decoration: s.textDecorationLine,
                liPadding: getComputedStyle(li).padding,
                liHeight: Math.round(li.getBoundingClientRect().height),
              }
            })
        : null
      const hostText = await page.locator('#host-text').evaluate((el) => {
        const s = getComputedStyle(el)
        return {
          color: s.color,
          fontSize: s.fontSize,
          fontFamily: s.fontFamily,
          margin: s.margin,
          sheets: document.styleSheets.length,
        }
      })
      await page.close()
      return { widget, hostText, errors }
    }
    const clean = await look('', codes.widget)
    const attacked = await look(hostile, codes.widget)
    expect(attacked.widget).toEqual(clean.widget)
    expect(clean.widget?.fontSize).toBe('15px')
    // The widget adds no style to the host document: its host text looks as it does without the widget.
    expect((await look('', '')).hostText).toEqual(clean.hostText)
    expect((await look(hostile, '')).hostText).toEqual(attacked.hostText)
    expect([...clean.errors, ...attacked.errors]).toEqual([])
  })

  it('works on a host whose old libraries patched Array.prototype', async () => {
    // Patched until the widget has rendered, then put back: Playwright's own page scripts need the real methods to read the result.
    const patch = `<script>
      var saved = {}, names = ['map', 'forEach', 'filter', 'indexOf', 'join', 'push', 'some', 'find', 'slice'], i;
      Array.prototype.oldLibraryHelper = function () { return 'prototype.js' };
      for (i = 0; i < names.length; i++) (function (name) {
        saved[name] = Array.prototype[name];
        Array.prototype[name] = function () { throw new Error('patched Array.prototype.' + name) };
      })(names[i]);
      saved.from = Array.from;
      Array.from = function () { throw new Error('patched Array.from') };
      var timer = setInterval(function () {
        var host = document.querySelector('div[data-dvctt-widget]');
        if (!host || !host.shadowRoot || !host.shadowRoot.querySelector('.w')) return;
        clearInterval(timer);
        for (i = 0; i < names.length; i++) Array.prototype[names[i]] = saved[names[i]];
        Array.from = saved.from;
        delete Array.prototype.oldLibraryHelper;
        console.log('widget rendered under the patch');
      }, 20);
    </script>`
    const { page, errors } = await openPage()
    const rendered = page.waitForEvent('console', {
      predicate: (m) => m.text() === 'widget rendered under the patch',
      timeout: 20_000,
    })
    await page.goto(serveHost(hostPage(codes.widget, patch)))
    await rendered
    const expected = await publishedForUnit(UNIT)
    expect(await widgetTitles(page)).toEqual(expected.slice(0, 5))
    expect(errors).toEqual([])
    await page.close()
  })

  it.each([
    {
      attribute: 'data-unit="xa-khong-ton-tai"',
      message: 'Thư viện không có đơn vị «xa-khong-ton-tai».',
      link: '/don-vi/',
    },
    {
      attribute: 'data-topic="chu-de-khong-co"',
      message: 'Thư viện không có chủ đề «chu-de-khong-co».',
      link: '/chu-de/',
    },
    {
      attribute: 'data-kind="loai-khong-co"',
      message: 'Thư viện không có loại tài liệu «loai-khong-co».',
      link: '/loai/',
    },
    { attribute: 'data-unit="../../tep/x"', message: 'Mã đơn vị «../../tep/x» không hợp lệ.', link: '/don-vi/' },
    {
      attribute: `data-unit="${UNIT}" data-kind="loai-khong-co"`,
      message: 'Chưa có tài liệu phù hợp với lựa chọn này.',
      link: `/don-vi/${UNIT}/`,
    },
  ])('shows a helpful empty state for $attribute', async ({ attribute, message, link }) => {
    const code = codes.widget.replace(`data-unit="${UNIT}"`, attribute)
    const { page, errors } = await openPage()
    await page.goto(serveHost(hostPage(code)))
    await page.locator('[data-dvctt-widget] .w').waitFor()
    await expect(page.locator('[data-dvctt-widget] .e').textContent()).resolves.toContain(message)
    const href = await page.locator('[data-dvctt-widget] .f a').getAttribute('href')
    expect(href).toBe(`${siteUrl}${link}`)
    // The missing list is a 404 the browser logs (as a CORS failure when the host sends no CORS headers on errors); nothing else may go wrong.
    expect(errors.filter((e) => !e.includes('/nhung/du-lieu/'))).toEqual([])
    await page.close()
  })

  it('leaves the plain link when the library is out of reach, or only its lists are', async () => {
    const linkText = codes.widget.match(/<a [^>]+>([^<]+)<\/a>/)?.[1]
    expect(linkText).toBeTruthy()
    // The script itself cannot load (nothing listens on port 9).
    const { page } = await openPage()
    await page.goto(serveHost(hostPage(codes.widget.replace(`src="${siteUrl}`, 'src="http://127.0.0.1:9'))))
    await page.waitForLoadState('load')
    await expect(page.locator('body > a').textContent()).resolves.toBe(linkText)
    await expect(page.locator('[data-dvctt-widget]').count()).resolves.toBe(0)
    // The script loads but its list does not.
    await page.route('**/nhung/du-lieu/**', (route) => route.abort('internetdisconnected'))
    await page.goto(serveHost(hostPage(codes.widget)))
    await expect.poll(() => page.locator('script[data-dvctt-widget]').getAttribute('data-dvctt-widget')).toBe('offline')
    await expect(page.locator('body > a').textContent()).resolves.toBe(linkText)
    await expect(page.locator('div[data-dvctt-widget]').count()).resolves.toBe(0)
    await page.close()
  })
})

describe('the embed page', () => {
  it('is light, noindex, without the site chrome, and outside the search index', async () => {
    const slug = codes.iframe.match(/\/nhung\/([^/]+)\//)?.[1] ?? ''
    const html = fs.readFileSync(path.join(dist, 'nhung', slug, 'index.html'), 'utf8')
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).not.toMatch(/site-header|site-footer|<link rel="stylesheet"/)
    expect(html).not.toContain('data-pagefind-body')
    const fragments = path.join(dist, 'pagefind', 'fragment')
    const indexed = fs
      .readdirSync(fragments)
      .map((f) => zlib.gunzipSync(fs.readFileSync(path.join(fragments, f))).toString('utf8'))
    expect(indexed.some((text) => text.includes('"url":"/tai-lieu/'))).toBe(true)
    expect(indexed.filter((text) => text.includes('/nhung/'))).toEqual([])
  })
})

describe('publishing for the commune', () => {
  it('shows the new material in the portal’s widget after the rebuild, and takes it away when unpublished', async () => {
    process.env.SITE_AUTO_REBUILD = '1'
    const { getCmsPayload } = await import('../../cms/lib/getCmsPayload')
    const payload = await getCmsPayload()
    const unit = (await payload.find({ collection: 'units', where: { slug: { equals: UNIT } }, limit: 1 })).docs[0]
    expect(unit).toBeTruthy()
    if (!unit) return
    const title = `Tờ rơi mới của Xã Sìn Hồ: nộp hồ sơ trực tuyến ${Date.now()}`
    const created = await payload.create({
      collection: 'materials',
      data: {
        title,
        kind: 'leaflet',
        language: 'vi',
        summary: 'Hướng dẫn người dân xã nộp hồ sơ trực tuyến.',
        ownerUnit: unit.id,
        _status: 'published',
      },
    })
    try {
      await payload.jobs.run({ queue: 'site' })
      const { page } = await openPage()
      const portal = serveHost(hostPage(codes.widget))
      await page.goto(portal)
      expect((await widgetTitles(page))[0]).toBe(title)
      expect((await fetch(`${siteUrl}/nhung/${created.slug}/`)).status).toBe(200)

      await payload.update({ collection: 'materials', id: created.id, data: { _status: 'draft' } })
      await payload.jobs.run({ queue: 'site' })
      await page.goto(portal)
      expect(await widgetTitles(page)).not.toContain(title)
      // Its embed page left with it.
      expect((await fetch(`${siteUrl}/nhung/${created.slug}/`)).status).toBe(404)
      await page.close()
    } finally {
      await payload.delete({ collection: 'materials', id: created.id })
      await (await import('../support/siteBuild')).runSiteJobsAndConsolidate(payload)
      process.env.SITE_AUTO_REBUILD = '0'
    }
  })
})
