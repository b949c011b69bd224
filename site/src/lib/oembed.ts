/**
 * oEmbed (https://oembed.com) for material pages, as static JSON: one file per
 * published material at /oembed/<slug>.json, announced by a discovery <link>
 * in the page's head. Consumers (portal CMSs, chat apps) get an iframe of the
 * material's embed page (/nhung/<slug>/, chrome-free, resizes itself).
 */
import type { MaterialView } from '../cms/types'
import { escapeHtml } from './html'
import { siteConfig } from '../siteConfig'
import { inBuildScope } from './buildScope'
import { routes } from './routes'
import { defaultOembedSize, iframeSizeAttributes } from './oembedSizes'
import { absoluteUrl, href, paths } from './urls'

export const oembedPaths = {
  json: (slug: string) => href(`/oembed/${slug}.json`),
  /** The iframe page built for embeds (issue 6, embeds). */
  embed: (slug: string) => href(`/nhung/${slug}/`),
}

export interface OembedResponse {
  version: '1.0'
  type: 'video' | 'rich'
  title: string
  author_name?: string
  author_url?: string
  provider_name: string
  provider_url: string
  cache_age: number
  thumbnail_url?: string
  thumbnail_width?: number
  thumbnail_height?: number
  html: string
  width: number
  height: number
}

/** The oEmbed response for one material; every URL absolute from the configured site. */
export function oembedFor(material: MaterialView, site: URL | undefined): OembedResponse {
  const type = material.kind.value === 'video' ? 'video' : 'rich'
  // The largest size; the web server gives a smaller one for maxwidth/maxheight (oembedSizes.ts).
  const size = defaultOembedSize(type)
  const src = absoluteUrl(oembedPaths.embed(material.slug), site)
  const unit = material.ownerUnit
  const cover = material.cover
  // The 1200×630 link-preview crop when the CMS made one, else the JPEG rendition.
  const thumbnail =
    cover?.og ??
    (cover
      ? {
          src: cover.fallback.src,
          width: cover.fallback.width,
          height: Math.round((cover.fallback.width * cover.height) / cover.width),
        }
      : null)
  return {
    version: '1.0',
    type,
    title: material.title,
    ...(unit ? { author_name: unit.name, author_url: absoluteUrl(paths.unit(unit.slug ?? ''), site) } : {}),
    provider_name: siteConfig.title,
    provider_url: absoluteUrl(paths.home, site),
    // A day: the library republishes on every approval, and consumers should see it within that.
    cache_age: 86_400,
    ...(thumbnail
      ? {
          thumbnail_url: absoluteUrl(thumbnail.src, site),
          thumbnail_width: thumbnail.width,
          thumbnail_height: thumbnail.height,
        }
      : {}),
    html:
      `<iframe src="${escapeHtml(src)}" title="${escapeHtml(material.title)}" ${iframeSizeAttributes(size)}` +
      `style="border:0;max-width:100%" loading="lazy" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe>`,
    // Last, in this order: servers find them in the JSON text (oembedSizes.ts jsonSizeMembers).
    width: size.width,
    height: size.height,
  }
}

/**
 * A material's oEmbed file is rebuilt with its page (scoped builds render both or neither).
 * A CMS preview (SITE_PREVIEW_DATA: an unpublished version) renders the page only.
 */
export function oembedInBuildScope(slug: string): boolean {
  if (process.env.SITE_PREVIEW_DATA) return false
  return inBuildScope(routes.material(slug)) || inBuildScope(`/oembed/${slug}/`)
}
