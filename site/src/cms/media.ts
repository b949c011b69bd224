import { referencedMediaIds } from '@dvctt/cms/vocabulary'

import { formatDuration, formatFileSize, formatLabel } from '../lib/format'
import { paths } from '../lib/urls'
import { cmsBuildState } from './state'
import type { DownloadView, ImageCandidate, ImageView, Material, Media } from './types'

type SizeName = keyof NonNullable<Media['sizes']>
type StoredSize = NonNullable<NonNullable<Media['sizes']>[SizeName]>

const WIDTHS = [480, 960, 1600] as const

/** Where a published file is linked: the release's /tep/, or the S3 public URL (MEDIA_PUBLIC_URL) when the CMS uses S3. */
export function fileHref(filename: string): string {
  const origin = cmsBuildState().mediaOrigin
  return origin?.type === 'public'
    ? new URL(encodeURIComponent(filename), origin.baseUrl).toString()
    : paths.file(filename)
}

const stored = (
  media: Media,
  name: SizeName,
): (StoredSize & { filename: string; width: number; height: number }) | null => {
  const size = media.sizes?.[name]
  return size?.filename && size.width && size.height
    ? { ...size, filename: size.filename, width: size.width, height: size.height }
    : null
}

const candidates = (media: Media, format: 'Avif' | 'Webp'): ImageCandidate[] =>
  WIDTHS.flatMap((w) => {
    const size = stored(media, `w${w}${format}`)
    return size ? [{ src: fileHref(size.filename), width: size.width }] : []
  })

const WEB_IMAGE = /^image\/(jpeg|png|webp|avif|gif)$/

/**
 * A <picture>'s sources from the renditions Payload stored at upload time.
 * Returns null for media that are not images, so callers show no broken image.
 */
export function imageView(media: Media | null | undefined, altOverride?: string | null): ImageView | null {
  if (!media?.filename || !media.mimeType?.startsWith('image/') || !media.width || !media.height) return null
  const jpeg = stored(media, 'w960Jpeg')
  const og = stored(media, 'og')
  const fallback: ImageCandidate | null = jpeg
    ? { src: fileHref(jpeg.filename), width: jpeg.width }
    : WEB_IMAGE.test(media.mimeType)
      ? { src: fileHref(media.filename), width: media.width }
      : null
  if (!fallback) return null
  return {
    alt: (altOverride ?? media.alt ?? '').trim(),
    width: media.width,
    height: media.height,
    avif: candidates(media, 'Avif'),
    webp: candidates(media, 'Webp'),
    fallback,
    og: og ? { src: fileHref(og.filename), width: og.width, height: og.height } : undefined,
  }
}

export function downloadView(label: string, media: Media): DownloadView | null {
  if (!media.filename) return null
  return {
    mediaId: media.id,
    label,
    href: fileHref(media.filename),
    filename: media.filename,
    mimeType: media.mimeType ?? 'application/octet-stream',
    // The CMS stores the label it sniffed at upload; older records fall back to the MIME type.
    format: media.format || formatLabel(media.mimeType, media.filename),
    bytes: media.filesize ?? null,
    size: formatFileSize(media.filesize),
    pageCount: media.pageCount ?? null,
    duration: formatDuration(media.durationSeconds),
    durationSeconds: media.durationSeconds ?? null,
    sha256: media.sha256 ?? null,
    preview:
      media.preview?.filename && media.preview.width && media.preview.height
        ? { src: fileHref(media.preview.filename), width: media.preview.width, height: media.preview.height }
        : null,
    smallVideo: media.smallVideo?.filename
      ? { filename: media.smallVideo.filename, bytes: media.smallVideo.filesize ?? null }
      : null,
    broadcast: media.broadcast?.filename
      ? {
          href: fileHref(media.broadcast.filename),
          filename: media.broadcast.filename,
          bytes: media.broadcast.filesize ?? null,
          durationSeconds: media.broadcast.durationSeconds ?? null,
          loudness: media.broadcast.loudness ?? null,
        }
      : null,
  }
}

/** Original plus every stored rendition and preview: what must be copied for a media document's links to work. */
export function storedFilenames(media: Media): string[] {
  const names = new Set<string>()
  if (media.filename) names.add(media.filename)
  if (media.preview?.filename) names.add(media.preview.filename)
  if (media.smallVideo?.filename) names.add(media.smallVideo.filename)
  if (media.broadcast?.filename) names.add(media.broadcast.filename)
  for (const size of Object.values(media.sizes ?? {})) if (size?.filename) names.add(size.filename)
  return [...names]
}

/** Every media ID a material shows (the shared rule, referencedMediaIds), as the strings the site keys its maps by. */
export function mediaIdsOf(material: Material): string[] {
  return referencedMediaIds(material).map(String)
}
