/**
 * Commune loudspeakers on the built demo site (issue 20 §2), read as a loudspeaker controller would:
 * a commune's podcast feed parsed by a feed reader library (@extractus/feed-extractor), each enclosure
 * downloaded over HTTP, the seeded spot's rendition measured by ffmpeg's ebur128 at -23 ± 1 LUFS, the
 * commune's M3U playlist pointing at the same files, and the spot's page showing «Kịch bản đọc».
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { extract as readFeed } from '@extractus/feed-extractor'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { slugify } from '../../cms/vocabulary'
import { RADIO_SPOT_TITLE } from '../../scripts/seed/data/materials/broadcast'

const siteUrl = inject('siteUrl')
const require = createRequire(path.resolve('cms/package.json'))
const ffmpeg = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path

const COMMUNE = 'Xã Sìn Hồ'
const DRAFT_SPOT = 'Phát thanh: Gương Tổ công nghệ số cộng đồng bản Nậm Tăm'
/** The seeded spot's first spoken line: its «Kịch bản đọc» starts with it. */
const SCRIPT_START = 'Bà con thân mến! Con sinh ra, việc đầu tiên là làm giấy khai sinh.'

interface Spot {
  title: string
  link: string
  description: string
  duration: string
  enclosure: { url: string; type: string; length: number }
}

let publicOrigin = ''
/** The build's absolute URLs name the public origin; the test's server answers for it. */
const served = (url: string): string =>
  url.startsWith(publicOrigin) ? `${siteUrl}${url.slice(publicOrigin.length)}` : url
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dvctt-broadcast-e2e-'))

async function parseSpots(url: string): Promise<{ title: string; spots: Spot[] }> {
  const feed = await readFeed(
    url,
    {
      descriptionMaxLen: 0,
      getExtraEntryFields: (raw) => {
        const enclosure = raw.enclosure as Record<string, string>
        return {
          duration: String(raw['itunes:duration'] ?? ''),
          enclosure: { url: enclosure['@_url'], type: enclosure['@_type'], length: Number(enclosure['@_length']) },
        }
      },
    },
    (input) => fetch(served(String(input))),
  )
  return { title: feed.title ?? '', spots: (feed.entries ?? []) as unknown as Spot[] }
}

/** ffmpeg's ebur128 on a downloaded file: integrated loudness and true peak. */
function measure(file: string): { lufs: number; peak: number } {
  const { stderr } = spawnSync(
    ffmpeg,
    ['-hide_banner', '-nostdin', '-i', file, '-af', 'ebur128=peak=true', '-f', 'null', '-'],
    {
      encoding: 'utf8',
    },
  )
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'))
  return {
    lufs: Number(summary.match(/I:\s+(-?[\d.]+) LUFS/)?.[1]),
    peak: Number(summary.match(/Peak:\s+(-?[\d.]+) dBFS/)?.[1]),
  }
}

beforeAll(async () => {
  const index = (await (await fetch(`${siteUrl}/du-lieu/tai-lieu.json`)).json()) as { items: { url: string }[] }
  publicOrigin = new URL(index.items[0]?.url ?? '').origin
})

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

describe('loudspeaker feeds and playlists', () => {
  const feedUrl = `/phat-thanh/xa/${slugify(COMMUNE)}.xml`

  it('the commune podcast feed parses, lists current spots with the script, and every enclosure downloads', async () => {
    const feed = await parseSpots(`${siteUrl}${feedUrl}`)
    expect(feed.title).toContain(COMMUNE)
    const titles = feed.spots.map((spot) => spot.title)
    expect(titles).toContain(RADIO_SPOT_TITLE)
    expect(titles).not.toContain(DRAFT_SPOT)
    const spot = feed.spots.find((s) => s.title === RADIO_SPOT_TITLE)
    expect(spot?.description).toContain(SCRIPT_START)
    for (const entry of feed.spots) {
      expect(entry.enclosure.type, entry.title).toBe('audio/mpeg')
      expect(entry.enclosure.url.startsWith(`${publicOrigin}/tep/`), entry.enclosure.url).toBe(true)
      // itunes:duration as [HH:]MM:SS.
      expect(entry.duration, entry.title).toMatch(/^(\d{2}:)?\d{2}:\d{2}$/)
      const response = await fetch(served(entry.enclosure.url))
      expect(response.status, entry.enclosure.url).toBe(200)
      const bytes = Buffer.from(await response.arrayBuffer())
      expect(bytes.length).toBe(entry.enclosure.length)
      if (entry.title === RADIO_SPOT_TITLE) {
        const file = path.join(tmp, 'spot.mp3')
        fs.writeFileSync(file, bytes)
        const { lufs, peak } = measure(file)
        expect(lufs).toBeGreaterThanOrEqual(-24)
        expect(lufs).toBeLessThanOrEqual(-22)
        expect(peak).toBeLessThanOrEqual(-1)
      }
    }
  })

  it('the commune M3U playlist names the same renditions, and the province feed carries them too', async () => {
    const feed = await parseSpots(`${siteUrl}${feedUrl}`)
    const m3u = await fetch(`${siteUrl}/phat-thanh/xa/${slugify(COMMUNE)}.m3u`)
    expect(m3u.status).toBe(200)
    const lines = (await m3u.text()).trim().split('\n')
    expect(lines[0]).toBe('#EXTM3U')
    const urls = lines.filter((line) => !line.startsWith('#'))
    expect(urls).toEqual(feed.spots.map((spot) => spot.enclosure.url))
    expect(
      lines.some((line) => line.startsWith('#EXTINF:') && line.endsWith(`,${RADIO_SPOT_TITLE.replaceAll(',', ' ')}`)),
    ).toBe(true)
    const province = await parseSpots(`${siteUrl}/phat-thanh/toan-tinh.xml`)
    expect(province.spots.map((s) => s.enclosure.url)).toEqual(expect.arrayContaining(urls))
  })

  it('the spot’s page offers the broadcast rendition and shows «Kịch bản đọc»', async () => {
    const html = await (await fetch(`${siteUrl}/tai-lieu/${slugify(RADIO_SPOT_TITLE)}/`)).text()
    expect(html).toContain('Phát trên loa truyền thanh')
    expect(html).toContain('Kịch bản đọc')
    expect(html).toContain(SCRIPT_START)
    expect(html).toMatch(/href="[^"]*-phat-thanh\.mp3"/)
    // The commune's page gives the station both addresses.
    const unitPage = await (await fetch(`${siteUrl}/don-vi/${slugify(COMMUNE)}/`)).text()
    expect(unitPage).toContain(`/phat-thanh/xa/${slugify(COMMUNE)}.xml`)
    expect(unitPage).toContain(`/phat-thanh/xa/${slugify(COMMUNE)}.m3u`)
  })
})
