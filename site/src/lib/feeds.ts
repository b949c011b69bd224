/**
 * Feeds of published materials (RSS 2.0, Atom 1.0, JSON Feed 1.0), built with
 * the `feed` package from the same published snapshot as the pages, so a draft
 * can never reach a feed. Addresses, under /nguon/:
 *
 *   tat-ca.{xml,atom,json}              the whole library
 *   don-vi/<unit slug>.{xml,atom,json}  what reaches a unit (owner, applies to it or to a unit above it)
 *   chu-de/<topic slug>.{xml,atom,json} a topic
 *   loai/<kind path>.{xml,atom,json}    a kind, e.g. loai/video-huong-dan.xml
 *
 * `.xml` is RSS 2.0 (what most portals and readers ask for), `.atom` Atom and
 * `.json` JSON Feed; common web servers send `.atom` as application/atom+xml.
 */
import { Feed, type Item } from 'feed'

import type { DownloadView, MaterialView, SiteData, Unit } from '../cms/types'
import { siteConfig } from '../siteConfig'
import { inBuildScope } from './buildScope'
import { routes } from './routes'
import { escapeHtml } from './html'
import { absoluteUrl, href, paths } from './urls'

/** Newest updates first; a feed reader needs the recent ones, not the whole library. */
export const FEED_ITEM_LIMIT = 50

export const FEED_FORMATS = {
  rss: { extension: 'xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { extension: 'atom', type: 'application/atom+xml', label: 'Atom' },
  json: { extension: 'json', type: 'application/feed+json', label: 'JSON Feed' },
} as const

export type FeedFormat = keyof typeof FEED_FORMATS

/** A feed's key is its address under /nguon/ without the extension: "tat-ca", "don-vi/xa-sin-ho". */
export type FeedKey = 'tat-ca' | `${'don-vi' | 'chu-de' | 'loai'}/${string}`

export function feedPath(key: FeedKey, format: FeedFormat): string {
  return href(`/nguon/${key}.${FEED_FORMATS[format].extension}`)
}

export interface FeedSource {
  key: FeedKey
  title: string
  description: string
  /** The listing page the feed mirrors. */
  pageUrl: string
  materials: MaterialView[]
  /**
   * Site routes whose rebuild means this feed changed: the listing pages an
   * incremental build renders when a material enters, leaves or changes there.
   */
  scopeRoutes: string[]
}

const titled = (name: string) => `${name} · ${siteConfig.shortTitle} ${siteConfig.provinceName}`

const parentId = (unit: Unit): string | null =>
  unit.parent == null ? null : String(typeof unit.parent === 'object' ? unit.parent.id : unit.parent)

/** The unit and every unit above it: a material applying to any of them reaches this unit. */
function unitAndAncestors(unit: Unit, unitById: Map<string, Unit>): Unit[] {
  const chain: Unit[] = []
  const seen = new Set<string>()
  for (
    let next: Unit | undefined = unit;
    next && !seen.has(String(next.id));
    next = unitById.get(parentId(next) ?? '')
  ) {
    seen.add(String(next.id))
    chain.push(next)
  }
  return chain
}

/** Every feed the site publishes, with the published materials it lists. */
export function feedSources(data: SiteData): FeedSource[] {
  const all: FeedSource = {
    key: 'tat-ca',
    title: titled('Tài liệu mới'),
    description: `Tài liệu tuyên truyền dịch vụ công trực tuyến mới cập nhật của ${siteConfig.provinceFullName}.`,
    pageUrl: paths.materials,
    materials: data.materials,
    scopeRoutes: [routes.materials],
  }
  const units = data.units.map(
    (unit): FeedSource => ({
      key: `don-vi/${unit.slug}`,
      title: titled(unit.name),
      description: `Tài liệu tuyên truyền dịch vụ công trực tuyến do ${unit.name} chủ trì hoặc áp dụng cho ${unit.name} (kể cả tài liệu áp dụng cho đơn vị cấp trên).`,
      pageUrl: paths.unit(unit.slug ?? ''),
      materials: data.byReachedUnit.get(String(unit.id)) ?? [],
      // A material reaching this unit is listed on this unit's page or on the page of a unit above it.
      scopeRoutes: unitAndAncestors(unit, data.unitById).flatMap((u) => (u.slug ? [routes.unit(u.slug)] : [])),
    }),
  )
  const topics = data.topics.map(
    (topic): FeedSource => ({
      key: `chu-de/${topic.slug}`,
      title: titled(`Chủ đề ${topic.name}`),
      description: topic.description || `Tài liệu tuyên truyền dịch vụ công trực tuyến chủ đề ${topic.name}.`,
      pageUrl: paths.topic(topic.slug ?? ''),
      materials: data.byTopic.get(String(topic.id)) ?? [],
      scopeRoutes: [routes.topic(topic.slug ?? '')],
    }),
  )
  const kinds = data.kinds.map(
    (kind): FeedSource => ({
      key: `loai/${kind.path}`,
      title: titled(kind.label),
      description: `${kind.label} tuyên truyền dịch vụ công trực tuyến, tải về miễn phí.`,
      pageUrl: paths.kind(kind.path),
      materials: data.byKind.get(kind.value) ?? [],
      scopeRoutes: [routes.kind(kind.path)],
    }),
  )
  return [all, ...units, ...topics, ...kinds]
}

/** True when this build renders the feed (always, unless SITE_ONLY_ROUTES limits it). */
export function feedInBuildScope(source: FeedSource): boolean {
  return inBuildScope(`/nguon/${source.key}/`) || source.scopeRoutes.some((route) => inBuildScope(route))
}

/** The file a feed item carries: the video or recording it plays, else its first download (not captions). */
export function mainFile(material: MaterialView): DownloadView | null {
  const played = material.player && material.downloads.find((d) => d.href === material.player?.src)
  return played || material.downloads.find((d) => d.mimeType !== 'text/vtt') || null
}

/** The owner unit. RSS 2.0 wants an address in <author> ("email (name)"), so a unit without one is left out there. */
function author(unit: Unit | null, format: FeedFormat, site: URL | undefined): Item['author'] {
  if (!unit) return undefined
  const email = unit.contact?.email?.trim() || undefined
  if (format === 'rss' && !email) return undefined
  return [{ name: unit.name, email, link: absoluteUrl(paths.unit(unit.slug ?? ''), site) }]
}

function item(material: MaterialView, format: FeedFormat, site: URL | undefined): Item {
  const url = absoluteUrl(material.url, site)
  const file = mainFile(material)
  const fileUrl = file && absoluteUrl(file.href, site)
  const image = material.cover && absoluteUrl((material.cover.og ?? material.cover.fallback).src, site)
  const unit = material.ownerUnit
  const entry: Item = {
    id: url,
    link: url,
    title: material.title,
    // Readers take RSS descriptions and Atom summaries (type="html") as HTML; a summary is plain text.
    description: escapeHtml(material.summary),
    date: new Date(material.updatedAt),
    author: author(unit, format, site),
    category: [material.kind.label, ...material.topics.map((t) => t.name)].map((name) => ({ name })),
  }
  if (format === 'json') {
    // JSON Feed: the summary as plain text and as content_html; attachments (which the library does not write) as an extension.
    entry.description = material.summary
    entry.content = escapeHtml(material.summary)
    if (image) entry.image = image
    if (file && fileUrl) {
      const attachment = {
        url: fileUrl,
        mime_type: file.mimeType,
        title: file.label,
        ...(file.bytes ? { size_in_bytes: file.bytes } : {}),
        ...(file.durationSeconds ? { duration_in_seconds: Math.round(file.durationSeconds) } : {}),
      }
      entry.extensions = [{ name: 'attachments', objects: [attachment] as unknown as Record<string, unknown> }]
    }
  } else if (file && fileUrl) {
    // RSS allows one enclosure per item (the library lets an image replace it, so no image here).
    entry.enclosure = { url: fileUrl, type: file.mimeType, length: file.bytes ?? 0 }
  }
  return entry
}

/** The feed's text in one format: at most FEED_ITEM_LIMIT items, newest update first. */
export function renderFeed(source: FeedSource, format: FeedFormat, site: URL | undefined): string {
  const items = source.materials.slice(0, FEED_ITEM_LIMIT)
  // The newest item's date, not the build time: an unchanged feed stays byte-identical across builds.
  const updated = items[0] ? new Date(items[0].updatedAt) : new Date(0)
  const link = (f: FeedFormat) => absoluteUrl(feedPath(source.key, f), site)
  const feed = new Feed({
    id: absoluteUrl(source.pageUrl, site),
    title: source.title,
    description: source.description,
    link: absoluteUrl(source.pageUrl, site),
    language: 'vi',
    updated,
    generator: false,
    favicon: absoluteUrl(href('/favicon.svg'), site),
    copyright: siteConfig.publisher,
    author: { name: siteConfig.publisher, link: absoluteUrl(paths.home, site) },
    feedLinks: { rss: link('rss'), atom: link('atom'), json: link('json') },
  })
  for (const material of items) feed.addItem(item(material, format, site))
  if (format === 'rss') return feed.rss2()
  if (format === 'json') return feed.json1()
  return withEnclosureTypes(feed.atom1(), items, site)
}

/** An address as `feed` writes it into an attribute (`new URL()`'s form, `&` escaped) and back. */
const normalisedUrl = (url: string): string => new URL(url.replaceAll('&amp;', '&')).toString()

/**
 * `feed` 6.0 writes an Atom enclosure's type as "image/<file extension>"
 * whatever type it is given (an MP4 became image/mp4, a WAV image/wav): put
 * the stored MIME type back on every enclosure link, each entry's own, also
 * when several entries carry the same file.
 */
function withEnclosureTypes(atom: string, items: MaterialView[], site: URL | undefined): string {
  const typeByUrl = new Map<string, string>()
  for (const material of items) {
    const file = mainFile(material)
    if (file) typeByUrl.set(normalisedUrl(absoluteUrl(file.href, site)), file.mimeType)
  }
  return atom.replace(
    /(<link rel="enclosure" href="([^"]*)"[^>]*? type=")[^"]*(")/g,
    (_link, start: string, href: string, end: string) => {
      const type = typeByUrl.get(normalisedUrl(href))
      if (!type) throw new Error(`Atom: tệp đính kèm ${href} không thuộc mục nào của nguồn tin.`)
      return `${start}${type.replaceAll('"', '&quot;')}${end}`
    },
  )
}

/** Static paths for one format's endpoint: every feed in this build's scope. */
export function feedPaths(data: SiteData): { params: { feed: string }; props: { source: FeedSource } }[] {
  return feedSources(data)
    .filter(feedInBuildScope)
    .map((source) => ({ params: { feed: source.key }, props: { source } }))
}
