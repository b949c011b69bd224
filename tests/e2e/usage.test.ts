/**
 * Usage counted without tracking anyone (issue 17), as the public site's visitors cause it, in Chromium:
 * a material page opened from its QR code, a download, the player started and played to 75 %, and the
 * embed widget and iframe pasted on a portal page served from a SECOND origin (localhost:<port>, the
 * library being 127.0.0.1:<port>). Each sends the right beacon bodies, read from Chromium's own request
 * interception; under Do Not Track (Chromium's real setting) or Global Privacy Control nothing is sent.
 *
 * The pages post to /api/usage on the site's own origin (SITE_USAGE_URL, tests/e2e/env.ts), as behind nginx;
 * the interception sends every beacon on to a real CMS server (`next start`, cms/usage/), and at the end the
 * daily counters, read over REST as an editor, must have risen by exactly what was sent: twice each (two
 * visits, two loads of the portal page), nothing for the Do Not Track and Global Privacy Control visits.
 * Xã Sìn Hồ's portal hosts include the second origin's host (localhost), as the acceptance asks.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { USAGE_PATH, type UsageBeacon } from '@dvctt/cms/vocabulary'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { usageDay } from '../../cms/usage/day'
import { DEMO_USERS, RADIO_SPOT_TITLE } from '../../scripts/seed/index'
import { launchChromium } from './browser'
import { type RunningCms, startCms } from './cms'

const siteUrl = inject('siteUrl')
/** The demo commune whose portal pastes the widget (the acceptance's Xã Sìn Hồ). */
const UNIT = 'xa-sin-ho'
const WIDGET_LIMIT = 2
/** A beacon the test itself sends last, to know every earlier one has arrived. */
const SENTINEL = '{"sentinel":true}'

let browser: Browser
let portal: http.Server
/** The portal's origin: another host name than the library's (127.0.0.1), as a unit's e-portal is. */
let portalUrl = ''
let material: { id: number | string; slug: string; files: (number | string)[] }
let widgetMaterials: (number | string)[]
let cms: RunningCms
/** What the CMS answered to each beacon sent on. */
const answers: number[] = []
/** Chromium's own user agent without «HeadlessChrome», which the endpoint rightly takes for a robot. */
let visitorAgent = ''
/** Xã Sìn Hồ's portal hosts before this file added the second origin's. */
let unitBefore: { id: number | string; portalHosts: { host: string }[] }

/** A unit portal's page with the library's two embed codes pasted in. */
function portalPage(): string {
  return (
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin điện tử Xã Sìn Hồ</title>' +
    '<link rel="icon" href="data:,"></head><body><h1>Cổng thông tin điện tử Xã Sìn Hồ</h1>' +
    `<a href="${siteUrl}/don-vi/${UNIT}/">Tài liệu tuyên truyền DVCTT</a>\n` +
    `<script src="${siteUrl}/nhung/widget.js" data-unit="${UNIT}" data-limit="${WIDGET_LIMIT}" async></script>` +
    `<iframe src="${siteUrl}/nhung/${material.slug}/" title="Phát thanh" style="width:100%;height:560px;border:0" data-dvctt-nhung></iframe>` +
    '</body></html>'
  )
}

/**
 * Every usage beacon a context's pages and frames send, from Chromium's request interception (text/plain
 * JSON, as sendBeacon posts it), sent on to the CMS as it came (headers, body) and answered with the
 * CMS's answer; the sentinel is only recorded.
 */
async function recordBeacons(context: BrowserContext): Promise<UsageBeacon[]> {
  context.setDefaultTimeout(20_000)
  const bodies: UsageBeacon[] = []
  await context.route(`**${USAGE_PATH}`, async (route) => {
    const request = route.request()
    expect(request.method()).toBe('POST')
    expect(request.headers()['content-type']).toMatch(/^text\/plain/)
    const body = request.postData() ?? ''
    bodies.push(JSON.parse(body) as UsageBeacon)
    if (body === SENTINEL) return route.fulfill({ status: 204 })
    try {
      const response = await route.fetch({ url: `${cms.url}${USAGE_PATH}` })
      answers.push(response.status())
      await route.fulfill({ response })
    } catch (error) {
      // The test closed its context while this beacon was still being forwarded (CI at 4189584:
      // «route.fulfill: Fetch response has been disposed», an unhandled rejection); nothing is left to answer.
      if (!/disposed|has been closed/.test(String(error))) throw error
    }
  })
  return bodies
}

/**
 * Waits until every frame's beacon has had its turn (the load event, then idle time: the beacon asked for its
 * idle callback first), then sends the sentinel after them and waits for it: what was sent is then all
 * recorded. Returns it, sentinel left out, and empties the record.
 */
async function settle(page: Page, bodies: UsageBeacon[]): Promise<UsageBeacon[]> {
  for (const frame of page.frames()) {
    await frame.waitForLoadState('load')
    // The beacon's own idle callback has a 3 s deadline; this one's is later, so it never runs first.
    await frame.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 })))
  }
  await page.evaluate(
    ([url, body]) => navigator.sendBeacon(url as string, body as string),
    [`${siteUrl}${USAGE_PATH}`, SENTINEL],
  )
  await expect.poll(() => bodies.some((b) => JSON.stringify(b) === SENTINEL)).toBe(true)
  const sent = bodies.filter((b) => JSON.stringify(b) !== SENTINEL)
  bodies.length = 0
  return sent
}

/** The demo editor's session token (REST sign-in). */
async function editorToken(): Promise<string> {
  const editor = DEMO_USERS.find((user) => user.role === 'editor')
  if (!editor) throw new Error('no demo editor')
  const login = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: editor.email, password: editor.password }),
  })
  expect(login.status).toBe(200)
  return ((await login.json()) as { token: string }).token
}

/** Today's counters over REST, signed in as the demo editor: `material event file host` → count. */
async function readCounts(): Promise<Map<string, number>> {
  const token = await editorToken()
  const query = new URLSearchParams({ 'where[day][equals]': usageDay(new Date()), limit: '100', depth: '0' })
  const counts = new Map<string, number>()
  for (let page = 1; ; page++) {
    query.set('page', String(page))
    const response = await fetch(`${cms.url}/api/usage-counts?${query}`, { headers: { authorization: `JWT ${token}` } })
    expect(response.status).toBe(200)
    const found = (await response.json()) as {
      docs: {
        material: number | string
        event: string
        file?: number | string | null
        host?: string | null
        count: number
      }[]
      hasNextPage: boolean
    }
    for (const row of found.docs) {
      const key = countKey({
        m: row.material,
        e: row.event as UsageBeacon['e'],
        f: row.file ?? undefined,
        h: row.host || undefined,
      })
      counts.set(key, (counts.get(key) ?? 0) + row.count)
    }
    if (!found.hasNextPage) return counts
  }
}

const countKey = (b: UsageBeacon) => [b.m, b.e, b.f ?? '', b.h ?? ''].join(' ')
let countsBefore: Map<string, number>

beforeAll(async () => {
  const { getCmsPayload } = await import('../../cms/lib/getCmsPayload')
  const payload = await getCmsPayload()
  const spot = (
    await payload.find({ collection: 'materials', where: { title: { equals: RADIO_SPOT_TITLE } }, depth: 0, limit: 1 })
  ).docs[0]
  if (!spot?.slug) throw new Error(`the e2e library has no «${RADIO_SPOT_TITLE}»`)
  const fileId = (file: unknown) => (typeof file === 'object' && file ? (file as { id: number | string }).id : file)
  material = { id: spot.id, slug: spot.slug, files: (spot.files ?? []).map((f) => fileId(f.file) as number | string) }
  // The widget lists what reaches the unit, newest first: read from the site's own list, as the widget does.
  const list = (await (await fetch(`${siteUrl}/nhung/du-lieu/don-vi/${UNIT}.json`)).json()) as {
    items: { m: number | string }[]
  }
  widgetMaterials = list.items.slice(0, WIDGET_LIMIT).map((item) => item.m)
  expect(widgetMaterials).toHaveLength(WIDGET_LIMIT)

  // Before the CMS starts (it reads the portal hosts once a minute): the second origin is Sìn Hồ's portal.
  const unit = (await payload.find({ collection: 'units', where: { slug: { equals: UNIT } }, depth: 0, limit: 1 }))
    .docs[0]
  if (!unit) throw new Error(`no unit ${UNIT} in the e2e database`)
  unitBefore = { id: unit.id, portalHosts: (unit.portalHosts ?? []).map((row) => ({ host: row.host })) }
  await payload.update({
    collection: 'units',
    id: unit.id,
    data: { portalHosts: [...unitBefore.portalHosts, { host: 'localhost' }] },
  })
  cms = await startCms({ SITE_AUTO_REBUILD: '0' })
  countsBefore = await readCounts()

  browser = await launchChromium()
  const probe = await browser.newPage()
  visitorAgent = (await probe.evaluate(() => navigator.userAgent)).replace('HeadlessChrome', 'Chrome')
  await probe.close()
  portal = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(portalPage())
  })
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve))
  portalUrl = `http://localhost:${(portal.address() as AddressInfo).port}`
  expect(new URL(portalUrl).hostname).not.toBe(new URL(siteUrl).hostname)
  // The CMS may need its admin build first (≈ 1–5 min on a busy 2-core machine), unless an earlier file made it.
}, 600_000)

afterAll(async () => {
  await browser?.close()
  cms?.stop()
  await new Promise<void>((resolve) => (portal ? portal.close(() => resolve()) : resolve()))
  if (unitBefore) {
    const { getCmsPayload } = await import('../../cms/lib/getCmsPayload')
    const payload = await getCmsPayload()
    await payload.update({ collection: 'units', id: unitBefore.id, data: { portalHosts: unitBefore.portalHosts } })
  }
})

describe('a visitor of the library', () => {
  let context: BrowserContext
  let page: Page
  let bodies: UsageBeacon[]

  beforeAll(async () => {
    context = await browser.newContext({ userAgent: visitorAgent })
    bodies = await recordBeacons(context)
    page = await context.newPage()
  })
  afterAll(() => context?.close())

  it('opening a material from its QR code sends a view and a scan, and the address bar loses ?qr=1', async () => {
    const address = `${siteUrl}/tai-lieu/${material.slug}/`
    // Still one static page to the server (npm start's handler here; nginx in nginx.test.ts).
    const [plain, scanned] = await Promise.all([fetch(address), fetch(`${address}?qr=1`)])
    expect(scanned.status).toBe(200)
    expect(await scanned.text()).toBe(await plain.text())

    await page.goto(`${address}?qr=1&t=5`)
    expect(await settle(page, bodies)).toEqual([
      { m: material.id, e: 'view' },
      { m: material.id, e: 'qr' },
    ])
    // The transcript's ?t= stays; the scan marker is gone.
    expect(page.url()).toBe(`${address}?t=5`)
  })

  it('a download sends the file’s media ID', async () => {
    const first = page.locator('.download__link').first()
    await first.click()
    await expect.poll(() => bodies.length).toBe(1)
    expect(bodies.splice(0)).toEqual([{ m: material.id, e: 'download', f: material.files[0] }])
  })

  it('the player sends a play when started and one more at 75 %, once each', async () => {
    const audio = page.locator('.player audio')
    await audio.evaluate(async (media: HTMLMediaElement) => {
      media.muted = true
      await media.play()
    })
    await expect.poll(() => bodies.map((b) => b.e)).toEqual(['play'])
    await audio.evaluate(async (media: HTMLMediaElement) => {
      media.currentTime = media.duration * 0.8
    })
    await expect.poll(() => bodies.map((b) => b.e)).toEqual(['play', 'play75'])
    // Paused and played again: no second play.
    await audio.evaluate(async (media: HTMLMediaElement) => {
      media.pause()
      await media.play()
      media.pause()
    })
    expect(await settle(page, bodies)).toEqual([
      { m: material.id, e: 'play' },
      { m: material.id, e: 'play75' },
    ])
  })

  it('the widget and the iframe on a unit’s portal send embed loads with the portal’s host', async () => {
    await page.goto(portalUrl)
    await page.locator('[data-dvctt-widget] .w').first().waitFor()
    await page.frameLocator('iframe[data-dvctt-nhung]').locator('h1').waitFor()
    await expect.poll(() => bodies.length).toBe(WIDGET_LIMIT + 1)
    const sent = await settle(page, bodies)
    expect(sent.filter((b) => b.e === 'embed-page')).toEqual([{ m: material.id, e: 'embed-page', h: 'localhost' }])
    expect(sent.filter((b) => b.e === 'embed-widget')).toEqual(
      widgetMaterials.map((m) => ({ m, e: 'embed-widget', h: 'localhost' })),
    )
  })
})

/** Opens the QR page, clicks a download, plays, and loads the portal page; returns every beacon sent. */
async function everything(context: BrowserContext): Promise<UsageBeacon[]> {
  const bodies = await recordBeacons(context)
  const page = await context.newPage()
  await page.goto(`${siteUrl}/tai-lieu/${material.slug}/?qr=1`)
  await page.locator('.download__link').first().click()
  await page.locator('.player audio').evaluate(async (media: HTMLMediaElement) => {
    media.muted = true
    await media.play()
    media.currentTime = media.duration * 0.8
  })
  expect(page.url()).not.toContain('qr=1')
  const sent = await settle(page, bodies)
  await page.goto(portalUrl)
  await page.locator('[data-dvctt-widget] .w').first().waitFor()
  await page.frameLocator('iframe[data-dvctt-nhung]').locator('h1').waitFor()
  return [...sent, ...(await settle(page, bodies))]
}

describe('a visitor who asks not to be tracked', () => {
  it('with Do Not Track on in Chromium: nothing is sent', async () => {
    // Chromium's own setting («Gửi yêu cầu Không theo dõi»), from its profile: the DNT: 1 header and navigator.doNotTrack.
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dvctt-dnt-'))
    fs.mkdirSync(path.join(profile, 'Default'))
    fs.writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ enable_do_not_track: true }))
    const context = await chromium.launchPersistentContext(profile, {
      userAgent: visitorAgent,
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    })
    try {
      const probe = await context.newPage()
      const request = probe.waitForRequest(`${siteUrl}/`)
      await probe.goto(`${siteUrl}/`)
      expect((await (await request).allHeaders()).dnt).toBe('1')
      await expect(probe.evaluate(() => navigator.doNotTrack)).resolves.toBe('1')
      expect(await everything(context)).toEqual([])
    } finally {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    }
  })

  it('with Global Privacy Control (as a browser or extension that sends it): nothing is sent', async () => {
    const context = await browser.newContext({ userAgent: visitorAgent, extraHTTPHeaders: { 'Sec-GPC': '1' } })
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
    )
    try {
      expect(await everything(context)).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('the same steps without either send everything (the two tests above can fail)', async () => {
    const context = await browser.newContext({ userAgent: visitorAgent })
    try {
      const events = (await everything(context)).map((b) => b.e).sort()
      expect(events).toEqual(
        ['view', 'qr', 'download', 'play', 'play75', 'embed-page', ...widgetMaterials.map(() => 'embed-widget')].sort(),
      )
    } finally {
      await context.close()
    }
  })
})

describe('the CMS', () => {
  it('counted every beacon sent, exactly: twice each, none for the DNT and GPC visits', async () => {
    const twice = (b: UsageBeacon): [string, number] => [countKey(b), 2]
    const expected = new Map<string, number>([
      twice({ m: material.id, e: 'view' }),
      twice({ m: material.id, e: 'qr' }),
      twice({ m: material.id, e: 'download', f: material.files[0] }),
      twice({ m: material.id, e: 'play' }),
      twice({ m: material.id, e: 'play75' }),
      twice({ m: material.id, e: 'embed-page', h: 'localhost' }),
      ...widgetMaterials.map((m) => twice({ m, e: 'embed-widget', h: 'localhost' })),
    ])
    expect(answers.length).toBe([...expected.values()].reduce((sum, n) => sum + n, 0))
    expect(answers.filter((status) => status !== 204)).toEqual([])
    // Summed in memory, written every few seconds (cms/usage/limits.ts FLUSH_INTERVAL_MS).
    const risen = async () => {
      const after = await readCounts()
      return new Map(
        [...after].flatMap(([key, n]) =>
          n === (countsBefore.get(key) ?? 0) ? [] : [[key, n - (countsBefore.get(key) ?? 0)]],
        ),
      )
    }
    await expect.poll(risen, { timeout: 30_000, interval: 500 }).toEqual(expected)
  })

  it('Xã Sìn Hồ’s row on the targets dashboard says its portal shows the library, first seen today', async () => {
    // The demo seeds no embed for Sìn Hồ (scripts/seed/usage.ts): only this file's loads from localhost count.
    const context = await browser.newContext()
    try {
      await context.addCookies([{ name: 'payload-token', value: await editorToken(), url: cms.url }])
      const page = await context.newPage()
      await page.goto(`${cms.url}/admin/chi-tieu-ke-hoach`)
      const row = page.locator('[data-testid="target-portal-embed"] tr[data-unit="Xã Sìn Hồ"]')
      await expect(row.getAttribute('data-standing')).resolves.toBe('met')
      const [year, month, day] = usageDay(new Date()).split('-')
      const loads = 2 * (1 + WIDGET_LIMIT)
      await expect(row.textContent()).resolves.toContain(
        `${loads} lượt tải trên localhost, lần đầu ${day}/${month}/${year}`,
      )
    } finally {
      await context.close()
    }
  })
})
