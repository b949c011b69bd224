import sharp from 'sharp'

import { SOCIAL_IMAGES, type SocialImageKey } from '../vocabulary/socialImages'

export interface SocialRendition {
  key: SocialImageKey
  data: Buffer
  width: number
  height: number
}

/** Raster images sharp reads; an SVG is stored as a PNG before this runs (uploads/checks). */
export const SOCIAL_SOURCE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

/**
 * One frame: the whole image fitted inside (a poster keeps all its text), on a blurred, darkened copy of
 * itself that fills the frame, as JPEG (every platform takes it; progressive, no metadata).
 */
async function renderFrame(source: Buffer, width: number, height: number): Promise<Buffer> {
  const input = sharp(source, { failOn: 'error' }).rotate()
  // sharp applies one resize per pipeline: the small blurred copy is its own, then enlarged.
  const [small, foreground] = await Promise.all([
    input
      .clone()
      .resize(Math.round(width / 16), Math.round(height / 16), { fit: 'cover' })
      .blur(2)
      .modulate({ brightness: 0.7 })
      .raw()
      .toBuffer({ resolveWithObject: true }),
    input.clone().resize(width, height, { fit: 'inside' }).raw().toBuffer({ resolveWithObject: true }),
  ])
  const raw = (part: typeof small) => ({
    raw: { width: part.info.width, height: part.info.height, channels: part.info.channels },
  })
  return sharp(small.data, raw(small))
    .resize(width, height, { kernel: 'cubic' })
    .composite([{ input: foreground.data, ...raw(foreground), gravity: 'centre' }])
    .jpeg({ quality: 82, progressive: true })
    .toBuffer()
}

/**
 * The social renditions of an image (vocabulary/socialImages.ts): Zalo OA, Facebook 4:5, 9:16 vertical.
 * The background is made from a tiny copy (1/16 size), so each frame costs about one resize and one encode.
 */
export async function renderSocialRenditions(source: Buffer): Promise<SocialRendition[]> {
  return Promise.all(
    SOCIAL_IMAGES.map(async ({ key, width, height }) => ({
      key,
      data: await renderFrame(source, width, height),
      width,
      height,
    })),
  )
}
