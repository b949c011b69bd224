/**
 * Feeds, oEmbed and sharing on the built demo site, read the way outside
 * consumers read them: a feed reader library (@extractus/feed-extractor) over
 * every feed under /nguon/, an oEmbed consumer (@extractus/oembed-extractor)
 * through the discovery link, and Chromium for the meta tags and the share block.
 */
import fs from 'node:fs'
import path from 'node:path'

import { extract as readFeed } from '@extractus/feed-extractor'
import { extract as readOembed } from '@extractus/oembed-extractor'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { slugify } from '../../cms/vocabulary'
import { DRAFT_SAMPLE_TITLE, EXTERNAL_VIDEO_SAMPLE, PUBLISHED_SAMPLE_TITLE } from '../../scripts/seed/index'
import { launchChromium } from './browser'
import { e2eEnv } from './env'

const siteUrl = inject('siteUrl')
const dist = e2eEnv.SITE_DIST_DIR

/** Seed materials that name a commune: one applies to it (published), one it owns is a returned draft. */
const COMMUNE = 'Xã Sìn Hồ'
const APPLIES_TO_COMMUNE = 'Phóng sự: Xã Sìn Hồ đưa dịch vụ công trực tuyến về bản'
const COMMUNE_DRAFT = 'Phát thanh: Gương Tổ công nghệ số cộng đồng bản Nậm Tăm'
const DRAFTS = [DRAFT_SAMPLE_TITLE, COMMUNE_DRAFT]

interface IndexItem {
  slug: string
  title: string
  kind: string
  url: string
}

/** The build's absolute URLs use the configured public origin (SITE_URL); the test serves the same files on another port. */
let publicOrigin = ''
const served = (url: string): string =>
  url.startsWith(publicOrigin) ? `${siteUrl}${url.slice(publicOrigin.length)}` : url
/** What a consumer on the public site would fetch, answered by the test's server (like a hosts-file entry). */
const fetchServed = (url: string): Promise<Response> => fetch(served(url))

let published: IndexItem[] = []
let browser: Browser

/** Every feed file of the build, as its key ("tat-ca", "don-vi/xa-sin-ho") and format. */
function builtFeeds(): { key: string; ext: 'xml' | 'atom' | 'json' }[] {
  const root = path.join(dist, 'nguon')
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .map((file) => {
      const match = /^(.+)\.(xml|atom|json)$/.exec(file)
      if (!match?.[1] || !match[2]) throw new Error(`unexpected file in /nguon/: ${file}`)
      return { key: match[1], ext: match[2] as 'xml' | 'atom' | 'json' }
    })
}

interface Entry {
  title: string
  link: string
  enclosure?: { url: string; type: string; length: number }
  attachments?: { url: string; mime_type: string; size_in_bytes?: number; duration_in_seconds?: number }[]
}

/** Reads a feed with the library; enclosures and attachments come from each raw entry. */
async function parse(url: string): Promise<{ title: string; entries: Entry[] }> {
  const feed = await readFeed(
    url,
    {
      descriptionMaxLen: 0,
      getExtraEntryFields: (raw) => {
        const rss = raw.enclosure as Record<string, string> | undefined
        const atom = ([] as Record<string, string>[])
          .concat((raw.link as Record<string, string>[] | undefined) ?? [])
          .find((l) => l['@_rel'] === 'enclosure')
        const enclosure = rss ?? atom
        return {
          ...(enclosure
            ? {
                enclosure: {
                  url: enclosure['@_url'] ?? enclosure['@_href'],
                  type: enclosure['@_type'],
                  length: Number(enclosure['@_length']),
                },
              }
            : {}),
          ...(raw.attachments ? { attachments: raw.attachments } : {}),
        }
      },
    },
    fetchServed,
  )
  return {
    title: feed.title ?? '',
    entries: (feed.entries ?? []).map((e) => ({ ...e, title: e.title ?? '', link: e.link ?? '' }) as Entry),
  }
}

beforeAll(async () => {
  const index = (await (await fetch(`${siteUrl}/du-lieu/tai-lieu.json`)).json()) as { items: IndexItem[] }
  published = index.items
  publicOrigin = new URL(published[0]?.url ?? '').origin
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('feeds', () => {
  it('parses every feed of the site in a feed reader: published items only, newest first, the same in RSS, Atom and JSON Feed', async () => {
    const feeds = builtFeeds()
    const keys = [...new Set(feeds.map((f) => f.key))]
    expect(keys).toContain('tat-ca')
    expect(keys).toContain(`don-vi/${slugify(COMMUNE)}`)
    expect(keys).toContain('loai/video-huong-dan')
    expect(keys.some((k) => k.startsWith('chu-de/'))).toBe(true)
    const order = new Map(published.map((m, i) => [`${publicOrigin}/tai-lieu/${m.slug}/`, i]))
    const draftSlugs = DRAFTS.map(slugify)

    for (const key of keys) {
      // RSS first: an empty Atom feed is checked against it (below).
      const formats = feeds
        .filter((f) => f.key === key)
        .map((f) => f.ext)
        .sort()
        .reverse()
      expect(formats, key).toEqual(['xml', 'json', 'atom'])
      const links: string[][] = []
      for (const ext of formats) {
        const url = `${siteUrl}/nguon/${key}.${ext}`
        if (ext === 'atom' && links[0]?.length === 0) {
          // The library recognises Atom only by an <entry>; an empty feed (a unit with nothing yet) is valid Atom all the same.
          const text = await (await fetch(url)).text()
          expect(text, url).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/)
          expect(text).not.toContain('<entry>')
          links.push([])
          continue
        }
        const feed = await parse(url)
        expect(feed.title, `${key}.${ext}`).toMatch(/Thư viện tuyên truyền DVCTT/)
        const itemLinks = feed.entries.map((e) => e.link)
        // Published materials only, in the site's order (newest update first), at most 50.
        expect(
          itemLinks.every((link) => order.has(link)),
          `${key}.${ext}: ${itemLinks.filter((l) => !order.has(l)).join(', ')}`,
        ).toBe(true)
        expect(itemLinks.map((l) => order.get(l))).toEqual(
          [...itemLinks.map((l) => order.get(l) ?? 0)].sort((a, b) => a - b),
        )
        expect(itemLinks.length).toBeLessThanOrEqual(50)
        for (const entry of feed.entries) {
          expect(DRAFTS).not.toContain(entry.title)
          expect(draftSlugs.some((slug) => entry.link.includes(slug))).toBe(false)
        }
        links.push(itemLinks)
      }
      expect(links[1], `${key}: JSON Feed and RSS`).toEqual(links[0])
      expect(links[2], `${key}: Atom and RSS`).toEqual(links[0])
    }
  })

  it('lists the whole published library in the library feed, and what applies to a commune in its feed', async () => {
    const all = await parse(`${siteUrl}/nguon/tat-ca.xml`)
    expect(all.entries.map((e) => e.title)).toEqual(published.slice(0, 50).map((m) => m.title))
    expect(all.entries.map((e) => e.title)).toContain(PUBLISHED_SAMPLE_TITLE)

    const commune = await parse(`${siteUrl}/nguon/don-vi/${slugify(COMMUNE)}.atom`)
    const titles = commune.entries.map((e) => e.title)
    expect(titles).toContain(APPLIES_TO_COMMUNE)
    expect(titles).not.toContain(COMMUNE_DRAFT)
    expect(commune.title).toContain(COMMUNE)
  })

  it('carries each video as an enclosure with its real size and type, and as a JSON Feed attachment', async () => {
    const rss = await parse(`${siteUrl}/nguon/loai/video-huong-dan.xml`)
    const json = await parse(`${siteUrl}/nguon/loai/video-huong-dan.json`)
    expect(rss.entries.length).toBeGreaterThan(0)
    for (const [i, entry] of rss.entries.entries()) {
      const enclosure = entry.enclosure
      // A video on YouTube has no file in the library: nothing to enclose.
      if (entry.title === EXTERNAL_VIDEO_SAMPLE.materialTitle) {
        expect(enclosure).toBeUndefined()
        continue
      }
      expect(enclosure?.type, entry.title).toMatch(/^video\//)
      expect(enclosure?.url.startsWith(`${publicOrigin}/tep/`)).toBe(true)
      const file = await fetchServed(enclosure?.url ?? '')
      expect(file.status).toBe(200)
      const bytes = (await file.arrayBuffer()).byteLength
      expect(enclosure?.length).toBe(bytes)
      const attachment = json.entries[i]?.attachments?.[0]
      expect(attachment).toMatchObject({ url: enclosure?.url, mime_type: enclosure?.type, size_in_bytes: bytes })
      expect(attachment?.duration_in_seconds).toBeGreaterThan(0)
    }
  })

  it('gives each Atom enclosure the same type as the RSS one, also where several entries carry one file', async () => {
    let shared = 0
    for (const key of [...new Set(builtFeeds().map((f) => f.key))]) {
      const rss = await parse(`${siteUrl}/nguon/${key}.xml`)
      if (rss.entries.length === 0) continue
      const atom = await parse(`${siteUrl}/nguon/${key}.atom`)
      const types = (feed: typeof rss) => feed.entries.map((e) => [e.link, e.enclosure?.url, e.enclosure?.type])
      expect(types(atom), key).toEqual(types(rss))
      const files = rss.entries.flatMap((e) => (e.enclosure ? [e.enclosure.url] : []))
      shared += files.length - new Set(files).size
    }
    // The demo library has entries sharing a file: the case that went wrong.
    expect(shared).toBeGreaterThan(0)
  })

  it('serves each format with its own type and charset, as a feed reader checks', async () => {
    for (const [ext, type] of [
      ['xml', 'application/rss+xml; charset=utf-8'],
      ['atom', 'application/atom+xml; charset=utf-8'],
      ['json', 'application/feed+json; charset=utf-8'],
    ] as const) {
      const response = await fetch(`${siteUrl}/nguon/tat-ca.${ext}`)
      expect(response.headers.get('content-type')?.replace(/;\s*/, '; ')).toBe(type)
    }
  })

  it('announces the feeds on listing pages with absolute addresses', async () => {
    const page = await browser.newPage()
    for (const [pagePath, feedKey] of [
      ['/', 'tat-ca'],
      ['/tai-lieu/', 'tat-ca'],
      [`/don-vi/${slugify(COMMUNE)}/`, `don-vi/${slugify(COMMUNE)}`],
      ['/loai/video-huong-dan/', 'loai/video-huong-dan'],
    ] as const) {
      await page.goto(`${siteUrl}${pagePath}`)
      const links = await page
        .locator('link[rel="alternate"]')
        .evaluateAll((els) => els.map((el) => ({ type: el.getAttribute('type'), href: el.getAttribute('href') })))
      expect(links, pagePath).toEqual(
        expect.arrayContaining([
          { type: 'application/rss+xml', href: `${publicOrigin}/nguon/${feedKey}.xml` },
          { type: 'application/atom+xml', href: `${publicOrigin}/nguon/${feedKey}.atom` },
          { type: 'application/feed+json', href: `${publicOrigin}/nguon/${feedKey}.json` },
        ]),
      )
      for (const link of links.filter((l) => l.href?.includes('/nguon/')))
        expect((await fetchServed(link.href ?? '')).status).toBe(200)
    }
    // The unit's web editor also sees the addresses on the unit page, to paste into their portal.
    await page.goto(`${siteUrl}/don-vi/${slugify(COMMUNE)}/`)
    const box = page.getByRole('region', { name: 'Nguồn tin tự động cập nhật' })
    await expect(box.getByRole('link', { name: 'RSS' }).getAttribute('href')).resolves.toBe(
      `${publicOrigin}/nguon/don-vi/${slugify(COMMUNE)}.xml`,
    )
    await expect(box.textContent()).resolves.toContain(`${publicOrigin}/nguon/don-vi/${slugify(COMMUNE)}.json`)
    await page.close()
  })
})

describe('oEmbed', () => {
  const video = () => published.find((m) => m.kind === 'video')

  it('is found through the discovery link by an oEmbed consumer: a rich iframe card for a leaflet, a video for a video guide', async () => {
    const leaflet = published.find((m) => m.title === PUBLISHED_SAMPLE_TITLE)
    const clip = video()
    expect(leaflet && clip).toBeTruthy()
    for (const [material, type] of [
      [leaflet, 'rich'],
      [clip, 'video'],
    ] as const) {
      const data = await readOembed(material?.url ?? '', {}, fetchServed)
      expect(data.method).toBe('auto-discovery')
      expect(data).toMatchObject({
        version: '1.0',
        type,
        title: material?.title,
        provider_name: expect.stringContaining('Thư viện tuyên truyền'),
      })
      const html = String(data.html)
      const src = /<iframe[^>]*\ssrc="([^"]+)"/.exec(html)?.[1]
      expect(src).toBe(`${publicOrigin}/nhung/${material?.slug}/`)
      // The iframe shows the material's embed page.
      const embedPage = await fetchServed(src ?? '')
      expect(embedPage.status).toBe(200)
      expect(await embedPage.text()).toContain(material?.title)
      expect(data.width).toBeGreaterThan(0)
      expect(data.height).toBeGreaterThan(0)
      expect(data.thumbnail_url?.startsWith(`${publicOrigin}/tep/`)).toBe(true)
      expect(data.thumbnail_width).toBeGreaterThan(0)
      expect(data.thumbnail_height).toBeGreaterThan(0)
      const thumb = await fetchServed(data.thumbnail_url ?? '')
      expect(thumb.status).toBe(200)
      expect(thumb.headers.get('content-type')).toMatch(/^image\//)
    }
    const sample = await readOembed(leaflet?.url ?? '', {}, fetchServed)
    expect(sample.author_name).toBe('Sở Tư pháp')
  })

  it('honours maxwidth and maxheight, for a video and a rich card, to any origin', async () => {
    const leaflet = published.find((m) => m.title === PUBLISHED_SAMPLE_TITLE)
    for (const material of [video(), leaflet]) {
      const full = await readOembed(material?.url ?? '', {}, fetchServed)
      const small = await readOembed(material?.url ?? '', { maxwidth: 300 }, fetchServed)
      expect(small.type).toBe(full.type)
      expect(small.width).toBeLessThanOrEqual(300)
      expect(small.width).toBeGreaterThan(0)
      expect(Number(small.height)).toBeLessThan(Number(full.height))
      // The iframe the consumer inserts has the same size as the answer says.
      const html = String(small.html)
      expect(html).toMatch(new RegExp(`width="?${small.width}"?`))
      expect(html).toMatch(new RegExp(`height="?${small.height}"?`))
      const short = await readOembed(material?.url ?? '', { maxwidth: 1000, maxheight: 250 }, fetchServed)
      expect(Number(short.height)).toBeLessThanOrEqual(250)
      expect(Number(short.width)).toBeLessThan(Number(full.width))
    }
    const response = await fetch(`${siteUrl}/oembed/${video()?.slug}.json?maxwidth=300`, {
      headers: { origin: 'https://cong.example.gov.vn' },
    })
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('has no oEmbed for a draft', async () => {
    expect((await fetch(`${siteUrl}/oembed/${slugify(DRAFT_SAMPLE_TITLE)}.json`)).status).toBe(404)
  })
})

describe('sharing', () => {
  it('gives link previews an absolute 1200×630 image, title, summary and site name', async () => {
    const material = published.find((m) => m.title === PUBLISHED_SAMPLE_TITLE)
    const page = await browser.newPage()
    await page.goto(served(material?.url ?? ''))
    const meta = Object.fromEntries(
      await page
        .locator('meta[property^="og:"], meta[name^="twitter:"]')
        .evaluateAll((els) =>
          els.map((el) => [el.getAttribute('property') ?? el.getAttribute('name'), el.getAttribute('content')]),
        ),
    ) as Record<string, string>
    expect(meta['og:title']).toBe(PUBLISHED_SAMPLE_TITLE)
    expect(meta['og:description']?.length).toBeGreaterThan(20)
    expect(meta['og:site_name']).toMatch(/^Thư viện tuyên truyền dịch vụ công trực tuyến/)
    expect(meta['og:type']).toBe('article')
    expect(meta['og:url']).toBe(material?.url)
    expect(meta['og:image']).toMatch(new RegExp(`^${publicOrigin}/tep/`))
    expect([meta['og:image:width'], meta['og:image:height']]).toEqual(['1200', '630'])
    expect(meta['twitter:card']).toBe('summary_large_image')
    expect(meta['twitter:image']).toBe(meta['og:image'])
    expect(meta['twitter:title']).toBe(PUBLISHED_SAMPLE_TITLE)
    const image = await fetchServed(meta['og:image'] ?? '')
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toMatch(/^image\//)
    await page.close()
  })

  it('offers Zalo and Facebook links, copy-link and the phone share sheet, all from the keyboard', async () => {
    const material = published.find((m) => m.title === PUBLISHED_SAMPLE_TITLE)
    const url = material?.url ?? ''
    const context = await browser.newContext()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl })
    // A phone browser: Web Share API present; what it is handed is recorded.
    await context.addInitScript(() => {
      const record = window as unknown as { shared?: ShareData }
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => ((record.shared = data), Promise.resolve()),
        configurable: true,
      })
    })
    const page = await context.newPage()
    await page.goto(served(url))
    const share = page.getByRole('region', { name: 'Chia sẻ' })
    await expect(share.getByRole('link', { name: /Chia sẻ lên Zalo/ }).getAttribute('href')).resolves.toContain(
      encodeURIComponent(url),
    )
    await expect(share.getByRole('link', { name: /Chia sẻ lên Facebook/ }).getAttribute('href')).resolves.toBe(
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
    )

    const copy = share.getByRole('button', { name: 'Sao chép liên kết' })
    await copy.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => share.getByRole('status').textContent()).toBe('Đã sao chép liên kết.')
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(url)

    const native = share.getByRole('button', { name: 'Chia sẻ qua ứng dụng…' })
    await native.focus()
    await page.keyboard.press('Space')
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared))
      .toEqual({ title: PUBLISHED_SAMPLE_TITLE, text: expect.any(String), url })
    await context.close()

    // A desktop browser without the Web Share API gets no button that does nothing.
    const plain = await browser.newPage()
    await plain.goto(served(url))
    const hasShare = await plain.evaluate(() => typeof navigator.share === 'function')
    if (!hasShare) await expect(plain.getByRole('button', { name: 'Chia sẻ qua ứng dụng…' }).count()).resolves.toBe(0)
    await plain.close()
  })
})
