import { SOCIAL_IMAGES } from '@dvctt/cms/vocabulary'

import type { Media } from '@dvctt/cms/payload-types'

/** A stored social-media rendition of a material's cover (CMS `social`, made at upload), as the ZIP packs it. */
export interface SocialImageFile {
  label: string
  /** The stored file's name (read from the media origin at build). */
  filename: string
  /** Its name inside the «Bộ ảnh mạng xã hội» ZIP. */
  zipName: string
  width: number
  height: number
}

/** The cover's social renditions, all or none (an image uploaded before they existed has none). */
export function socialImagesOf(media: Media | null | undefined): SocialImageFile[] {
  const files = SOCIAL_IMAGES.flatMap(({ key, label, width, height, file }) => {
    const filename = media?.social?.[key]?.filename
    return filename ? [{ label, filename, zipName: file, width, height }] : []
  })
  return files.length === SOCIAL_IMAGES.length ? files : []
}
