/**
 * Social-media images (issue 20 §4): every uploaded raster image gets its Zalo OA, Facebook 4:5 and 9:16 vertical
 * renditions at upload (real sharp on a real image), the whole picture kept on a blurred copy of itself; stored
 * beside the original and removed with it. The ZIP and the post text the site makes: unit/social-kit.test.ts.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Media } from '@dvctt/cms/payload-types'
import { SOCIAL_IMAGES } from '@dvctt/cms/vocabulary'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { uniqueSuffix } from '../support/factories'
import { phonePhotoJpeg, scannedPdf, uploadFile } from '../support/mediaFiles'

const stored = (filename: string | null | undefined): string => {
  if (!process.env.MEDIA_DIR) throw new Error('MEDIA_DIR is not set (tests/support/useTestDatabase.ts sets it).')
  return path.join(process.env.MEDIA_DIR, filename ?? '')
}

/** A portrait poster: white with a red band across the middle, so its whole width must show in every frame. */
const posterPng = (): Promise<Buffer> =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1200">
      <rect width="800" height="1200" fill="#ffffff"/><rect y="560" width="800" height="80" fill="#c00000"/></svg>`),
  )
    .png()
    .toBuffer()

describeWithDatabase('social-media renditions made at upload', () => {
  let payload: Payload
  const created: Media[] = []
  const suffix = uniqueSuffix()

  const upload = async (data: Buffer, mimetype: string, name: string): Promise<Media> => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: `Ảnh thử ${name}` },
      file: uploadFile(data, mimetype, `${suffix}-${name}`),
    })
    created.push(doc)
    return doc
  }

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  afterAll(async () => {
    for (const doc of created) await payload.delete({ collection: 'media', id: doc.id }).catch(() => undefined)
  })

  it('makes each platform’s size as a JPEG from a phone photo, and removes them with the record', async () => {
    const started = Date.now()
    const doc = await upload(await phonePhotoJpeg(3), 'image/jpeg', 'anh-bia.jpg')
    console.log(`[social] upload of a 2400×1600 photo with every rendition: ${Date.now() - started} ms`)
    const files: string[] = []
    for (const { key, width, height } of SOCIAL_IMAGES) {
      const filename = doc.social?.[key]?.filename
      expect(filename, key).toMatch(new RegExp(`-mxh-${key}\\.jpg$`))
      const file = stored(filename)
      const meta = await sharp(file).metadata()
      expect([meta.format, meta.width, meta.height, meta.exif], key).toEqual(['jpeg', width, height, undefined])
      files.push(file)
    }
    expect(SOCIAL_IMAGES.map(({ width, height }) => `${width}×${height}`)).toEqual([
      '1000×640',
      '1080×1350',
      '1080×1920',
    ])
    expect(doc.processingNote ?? null).toBeNull()

    await payload.delete({ collection: 'media', id: doc.id })
    for (const file of files) expect(fs.existsSync(file), file).toBe(false)
  })

  it('keeps the whole poster in the vertical frame: its band spans the width, on a darker blurred ground', async () => {
    const doc = await upload(await posterPng(), 'image/png', 'ap-phich.png')
    const { data, info } = await sharp(stored(doc.social?.story?.filename)).raw().toBuffer({ resolveWithObject: true })
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)]
    const middle = Math.round(info.height / 2)
    // The band's left and right ends are in the frame (fitted, not cropped)…
    for (const x of [10, info.width - 10]) {
      const [r, g, b] = pixel(x, middle) as [number, number, number]
      expect(r, `band at x=${x}`).toBeGreaterThan(150)
      expect(g + b, `band at x=${x}`).toBeLessThan(120)
    }
    // …and above the poster, the ground is its blurred copy, darkened: not white.
    const [r, g, b] = pixel(Math.round(info.width / 2), 20) as [number, number, number]
    expect(Math.max(r, g, b)).toBeLessThan(230)
  })

  it('makes none for a file that is not an image', async () => {
    const doc = await upload(await scannedPdf(1), 'application/pdf', 'to-roi.pdf')
    for (const { key } of SOCIAL_IMAGES) expect(doc.social?.[key]?.filename ?? null).toBeNull()
  })
})
