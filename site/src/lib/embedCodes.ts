/**
 * The HTML a portal's web editor pastes (issue 6), shown with a copy button in
 * the "Nhúng vào cổng thông tin" panel (src/components/EmbedPanel.astro).
 * Pure strings: the panel, the README and the tests use the same ones.
 */
import { embedRoutes, type EmbedGroup } from './embed'
import { escapeHtml } from './html'

/** The library's public address with SITE_BASE, no trailing slash: "https://thuvien.laichau.gov.vn" or ".../thu-vien". */
export type LibraryUrl = string

const at = (library: LibraryUrl, route: string) => `${library}${route}`

/**
 * An iframe of a material's embed page, plus the resizer: it accepts height
 * messages only from the library's origin and only for its own iframes.
 */
export function iframeCode(library: LibraryUrl, material: { slug: string; title: string }): string {
  const origin = new URL(library).origin
  return (
    `<iframe src="${escapeHtml(at(library, embedRoutes.page(material.slug)))}" title="${escapeHtml(material.title)}" loading="lazy" ` +
    `style="display:block;width:100%;max-width:720px;height:560px;border:0" data-dvctt-nhung></iframe>\n` +
    `<script>/* Thư viện DVCTT: khung nhúng tự chỉnh chiều cao */\n` +
    `if(!window.dvcttNhung){window.dvcttNhung=1;addEventListener("message",function(e){var d=e.data,h;` +
    `if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=="dvctt:height")return;h=Math.ceil(+d.height);if(!(h>0&&h<20000))return;` +
    `var f=document.querySelectorAll("iframe[data-dvctt-nhung]");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=h+"px"})}\n` +
    `</script>`
  )
}

export interface WidgetOptions {
  /** Which list: a unit, a topic or a kind (its path); none for the whole library. */
  group?: EmbedGroup
  slug?: string
  limit?: number
  /** The fallback link, shown until the widget replaces it (and for good when JavaScript is off or the library is out of reach). */
  linkUrl: string
  linkText: string
}

const ATTRIBUTE: Record<EmbedGroup, string> = { 'don-vi': 'data-unit', 'chu-de': 'data-topic', loai: 'data-kind' }

/** The widget tag, after its plain fallback link. */
export function widgetCode(library: LibraryUrl, options: WidgetOptions): string {
  const filter = options.group && options.slug ? ` ${ATTRIBUTE[options.group]}="${escapeHtml(options.slug)}"` : ''
  return (
    `<a href="${escapeHtml(options.linkUrl)}">${escapeHtml(options.linkText)}</a>\n` +
    `<script src="${escapeHtml(at(library, embedRoutes.widget))}"${filter} data-limit="${options.limit ?? 5}" async></script>`
  )
}
