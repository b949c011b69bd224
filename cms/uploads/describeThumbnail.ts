/** Where Payload serves a stored file (`upload.staticDir`) for the admin. */
export function mediaFileUrl(filename: string | null | undefined): string | null {
  return filename ? `/api/media/file/${encodeURIComponent(filename)}` : null
}

const rendition = (doc: Record<string, unknown>, name: string): string | null => {
  const sizes = doc.sizes
  if (typeof sizes !== 'object' || sizes === null || !(name in sizes)) return null
  const size: unknown = (sizes as Record<string, unknown>)[name]
  if (typeof size !== 'object' || size === null || !('filename' in size) || typeof size.filename !== 'string')
    return null
  return mediaFileUrl(size.filename)
}

/**
 * The admin's thumbnail: an image's small WebP rendition, a PDF's first-page
 * preview, a video's poster frame, or nothing (Payload then shows its generic file icon).
 */
export function mediaThumbnail({ doc }: { doc: Record<string, unknown> }): string | null {
  const image = rendition(doc, 'w480Webp')
  if (image) return image
  const preview = doc.preview
  if (typeof preview === 'object' && preview !== null && 'filename' in preview && typeof preview.filename === 'string')
    return mediaFileUrl(preview.filename)
  return null
}
