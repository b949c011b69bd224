// Embeds for unit portals (issue 6): the widget's size, and what a browser transfers for one material's embed page;
// and the usage beacon's cost on a material page (issue 17, beaconWeight.ts): gzipped bytes and first paint.
// Method: the demo library (seeded once into .tmp/bench-embed/, reused after) is built fresh and served by
// scripts/lib/site-server.ts over real HTTP, gzip as real hosts do. Each embed page is opened in a new Chromium
// context (empty cache) at a portal column's width (640 px); bytes are what DevTools calls "transferred" (headers
// included) for every request until the network is quiet for 1 s, except the media file itself (video/audio
// requests; the players use preload="none", so none is expected), the favicon (asked for top-level pages only)
// and data: URLs. `DEBUG=1` lists every request.
import fs from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'

import { projectRoot } from '@dvctt/cms/lib/paths'

import { launchChromium } from '../../tests/e2e/browser'
import { run } from '../lib/processes'
import { serveSite } from '../lib/site-server'
import { measureBeaconWeight } from './beaconWeight'
import type { Section } from './report'

const work = path.join(projectRoot, '.tmp', 'bench-embed')
const env = {
  DATABASE_URL: `file:${path.join(work, 'embed.db')}`,
  MEDIA_DIR: path.join(work, 'media'),
  SITE_DIST_DIR: path.join(work, 'dist'),
  SITE_AUTO_REBUILD: '0',
  // The material pages carry the usage beacon (issue 17), as behind nginx; its cost is measured below.
  SITE_USAGE_URL: '/api/usage',
}
const QUIET_MS = 1000

const runScript = (script: string, extra: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', path.join('scripts', script)], {
    cwd: projectRoot,
    env: { ...env, ...extra },
    quiet: true,
  })

interface PageBytes {
  bytes: number
  requests: number
}

async function measurePage(url: string): Promise<PageBytes> {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 640, height: 900 } })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const requests = new Map<string, { url: string; type: string; media: boolean; bytes: number }>()
    let lastEventAt = Date.now()
    cdp.on('Network.requestWillBeSent', ({ requestId, type, request }) => {
      lastEventAt = Date.now()
      requests.set(requestId, { url: request.url, type: String(type), media: type === 'Media', bytes: 0 })
    })
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      lastEventAt = Date.now()
      const request = requests.get(requestId)
      if (request) request.bytes = encodedDataLength
    })
    cdp.on('Network.loadingFailed', () => (lastEventAt = Date.now()))
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await page.goto(url, { waitUntil: 'load' })
    while (Date.now() - lastEventAt < QUIET_MS) await new Promise((resolve) => setTimeout(resolve, 100))
    // Not transfers: the player's own icons (data: URLs) and the favicon, which a browser asks for a top-level page only, never for an iframe.
    const counted = [...requests.values()].filter(
      (r) => !r.media && !r.url.startsWith('data:') && new URL(r.url).pathname !== '/favicon.ico',
    )
    // DEBUG=1 lists each request, counted or not.
    if (process.env.DEBUG)
      for (const r of requests.values())
        console.log(`${r.media ? '  (media, not counted)' : ''} ${r.bytes} B  ${r.type}  ${new URL(r.url).pathname}`)
    return { bytes: counted.reduce((sum, r) => sum + r.bytes, 0), requests: counted.length }
  } finally {
    await browser.close()
  }
}

interface ListItem {
  u: string
  k: string
  kp: string
  i?: string
}

/**
 * The demo library (seeded once into .tmp/bench-embed/, reused after), its site built fresh; the served
 * folder. Also the material pages the `feedback` section weighs (feedbackPage.ts).
 */
export async function buildDemoLibrarySite(section: string): Promise<string> {
  fs.mkdirSync(work, { recursive: true })
  if (!fs.existsSync(path.join(work, 'embed.db'))) {
    console.log(`› Nạp thư viện mẫu cho phần ${section} (một lần)…`)
    await runScript('seed.ts')
  }
  console.log(`› Dựng trang công khai cho phần ${section}…`)
  await runScript('build-site.ts', { NODE_ENV: 'production' })
  return env.SITE_DIST_DIR
}

export async function benchEmbed(): Promise<Section> {
  await buildDemoLibrarySite('embed')
  const dist = fs.realpathSync(env.SITE_DIST_DIR)
  const widget = fs.readFileSync(path.join(dist, 'nhung', 'widget.js'))
  const list = JSON.parse(fs.readFileSync(path.join(dist, 'nhung', 'du-lieu', 'tat-ca.json'), 'utf8')) as {
    items: ListItem[]
  }
  // The newest material with a cover (a leaflet, poster…), and the newest video guide (poster and player).
  const withCover = list.items.find((item) => item.i && item.kp !== 'video-huong-dan') ?? list.items[0]
  const video = list.items.find((item) => item.kp === 'video-huong-dan')
  if (!withCover) throw new Error('thư viện mẫu không có tài liệu đã xuất bản để đo trang nhúng')
  const embedOf = (item: ListItem) => item.u.replace('/tai-lieu/', '/nhung/')

  const server: Server = await serveSite(env.SITE_DIST_DIR, 0)
  try {
    const address = server.address()
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    const cover = await measurePage(`${origin}${embedOf(withCover)}`)
    const guide = video ? await measurePage(`${origin}${embedOf(video)}`) : null
    const browser = await launchChromium()
    const beacon = await measureBeaconWeight(browser, `${origin}${withCover.u}`).finally(() => browser.close())
    return {
      widgetGzipBytes: zlib.gzipSync(widget, { level: 9 }).length,
      widgetBytes: widget.length,
      embedPageBytes: cover.bytes,
      embedPageRequests: cover.requests,
      embedPage: embedOf(withCover),
      ...(guide && video
        ? { videoEmbedPageBytes: guide.bytes, videoEmbedPageRequests: guide.requests, videoEmbedPage: embedOf(video) }
        : {}),
      ...beacon,
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
