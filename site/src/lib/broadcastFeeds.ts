/**
 * What commune loudspeakers subscribe to (issue 20 §2): a podcast feed (RSS 2.0, one audio enclosure per
 * spot pointing at its broadcast rendition, itunes:duration, «Kịch bản đọc» as the description) and an
 * M3U playlist of the current spots, for the whole province and for each commune. Addresses:
 *
 *   /phat-thanh/toan-tinh.xml, /phat-thanh/toan-tinh.m3u       every current spot of the province
 *   /phat-thanh/xa/<commune slug>.xml, .m3u                    the spots that reach a commune
 *
 * «Current»: published, not past its validity, with a broadcast rendition. Built from the same published
 * snapshot as the pages (docs/phat-thanh.md tells the province's technicians how to subscribe).
 */
import { Feed } from 'feed'

import type { MaterialView, SiteData, Unit } from '../cms/types'
import { siteConfig } from '../siteConfig'
import { inBuildScope } from './buildScope'
import { escapeHtml } from './html'
import { routes } from './routes'
import { absoluteUrl, href, paths } from './urls'

/** A feed's key is its address under /phat-thanh/ without the extension. */
export type BroadcastKey = 'toan-tinh' | `xa/${string}`

export interface BroadcastSource {
  key: BroadcastKey
  title: string
  description: string
  pageUrl: string
  spots: MaterialView[]
  /** Listing routes whose rebuild means this feed may have changed (as for the /nguon/ feeds). */
  scopeRoutes: string[]
}

export const broadcastPath = (key: BroadcastKey, extension: 'xml' | 'm3u'): string =>
  href(`/phat-thanh/${key}.${extension}`)

const isCurrentSpot = (material: MaterialView): boolean => Boolean(material.broadcast) && !material.expired

export function broadcastSources(data: SiteData): BroadcastSource[] {
  const province: BroadcastSource = {
    key: 'toan-tinh',
    title: `Phát thanh toàn tỉnh · ${siteConfig.shortTitle} ${siteConfig.provinceName}`,
    description: `Các bài phát thanh về dịch vụ công trực tuyến đang dùng ở ${siteConfig.provinceFullName}, đã chuẩn hóa độ to cho loa truyền thanh.`,
    pageUrl: paths.materials,
    spots: data.materials.filter(isCurrentSpot),
    scopeRoutes: [routes.materials],
  }
  const communes = data.units
    .filter((unit): unit is Unit & { slug: string } => unit.type === 'commune' && Boolean(unit.slug))
    .map(
      (unit): BroadcastSource => ({
        key: `xa/${unit.slug}`,
        title: `Phát thanh ${unit.name} · ${siteConfig.shortTitle} ${siteConfig.provinceName}`,
        description: `Các bài phát thanh về dịch vụ công trực tuyến dùng cho loa truyền thanh ${unit.name} (kể cả bài của huyện và tỉnh).`,
        pageUrl: paths.unit(unit.slug),
        spots: (data.byReachedUnit.get(String(unit.id)) ?? []).filter(isCurrentSpot),
        scopeRoutes: [routes.unit(unit.slug), routes.materials],
      }),
    )
  return [province, ...communes]
}

export function broadcastPaths(data: SiteData): { params: { feed: string }; props: { source: BroadcastSource } }[] {
  return broadcastSources(data)
    .filter((source) => inBuildScope(`/phat-thanh/${source.key}/`) || source.scopeRoutes.some((r) => inBuildScope(r)))
    .map((source) => ({ params: { feed: source.key }, props: { source } }))
}

/** The announcer's text as the description (HTML, line breaks kept); the summary when there is none. */
const descriptionOf = (spot: MaterialView): string =>
  escapeHtml(spot.readingScript ?? spot.summary).replaceAll('\n', '<br>')

/** RSS 2.0 with the iTunes podcast namespace, as IP loudspeaker controllers and podcast clients read it. */
export function renderBroadcastFeed(source: BroadcastSource, site: URL | undefined): string {
  const updated = source.spots[0] ? new Date(source.spots[0].updatedAt) : new Date(0)
  const feed = new Feed({
    id: absoluteUrl(source.pageUrl, site),
    title: source.title,
    description: source.description,
    link: absoluteUrl(source.pageUrl, site),
    language: 'vi',
    updated,
    generator: false,
    podcast: true,
    copyright: siteConfig.publisher,
    author: { name: siteConfig.publisher },
    feedLinks: { rss: absoluteUrl(broadcastPath(source.key, 'xml'), site) },
  })
  for (const spot of source.spots) {
    const broadcast = spot.broadcast
    if (!broadcast) continue
    const url = absoluteUrl(spot.url, site)
    feed.addItem({
      id: url,
      link: url,
      title: spot.title,
      description: descriptionOf(spot),
      date: new Date(spot.updatedAt),
      audio: {
        url: absoluteUrl(broadcast.href, site),
        type: 'audio/mpeg',
        length: broadcast.bytes ?? 0,
        ...(broadcast.durationSeconds ? { duration: Math.round(broadcast.durationSeconds) } : {}),
      },
    })
  }
  return feed.rss2()
}

/** Extended M3U: one line of title and seconds, then the rendition's address, for each current spot. */
export function renderM3u(source: BroadcastSource, site: URL | undefined): string {
  const clean = (text: string) => text.replace(/[\r\n,]+/g, ' ').trim()
  const lines = ['#EXTM3U', `#PLAYLIST:${clean(source.title)}`]
  for (const spot of source.spots) {
    if (!spot.broadcast) continue
    lines.push(`#EXTINF:${Math.round(spot.broadcast.durationSeconds ?? -1)},${clean(spot.title)}`)
    lines.push(absoluteUrl(spot.broadcast.href, site))
  }
  return `${lines.join('\n')}\n`
}
