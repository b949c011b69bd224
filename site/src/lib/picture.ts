import type { ImageCandidate, ImageView } from '../cms/types'
import { escapeHtml } from './html'

export interface PictureOptions {
  /** The `sizes` attribute: how wide the image is laid out. */
  sizes: string
  /** Above the fold: load eagerly with high priority; otherwise lazy. */
  eager?: boolean
  className?: string
}

/** One candidate per width: an image smaller than every rendition size gets the same width several times. */
const srcset = (list: ImageCandidate[]): string =>
  list
    .filter((c, i) => list.findIndex((other) => other.width === c.width) === i)
    .map((c) => `${escapeHtml(c.src)} ${c.width}w`)
    .join(', ')

/**
 * <picture> with AVIF and WebP sources and a JPEG fallback, from stored
 * renditions only. One implementation for .astro pages and rich text bodies.
 */
export function pictureHtml(image: ImageView, { sizes, eager = false, className }: PictureOptions): string {
  const sources = [
    image.avif.length ? `<source type="image/avif" srcset="${srcset(image.avif)}" sizes="${escapeHtml(sizes)}">` : '',
    image.webp.length ? `<source type="image/webp" srcset="${srcset(image.webp)}" sizes="${escapeHtml(sizes)}">` : '',
  ].join('')
  const loading = eager ? 'loading="eager" fetchpriority="high"' : 'loading="lazy"'
  return (
    `<picture${className ? ` class="${escapeHtml(className)}"` : ''}>${sources}` +
    `<img src="${escapeHtml(image.fallback.src)}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}" ` +
    `${loading} decoding="async"></picture>`
  )
}
