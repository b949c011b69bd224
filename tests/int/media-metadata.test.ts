/**
 * What an editor sees after uploading (format, size, page count, duration, a
 * PDF's first page, a video's poster frame) and what the stored files look like: no GPS or EXIF in the
 * original or any rendition, previews replaced and removed with their original,
 * and safe serving headers on /api/media/file/….
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Media } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fixtures, uniqueSuffix } from '../support/factories'
import { ooxml } from '../support/hostileFiles'
import { CmsHttpClient } from '../support/http'
import { jingleWav, phonePhotoJpeg, scannedPdf, silentMp3, slideshowMp4, uploadFile } from '../support/mediaFiles'

const mediaDir = (): string => {
  if (!process.env.MEDIA_DIR) throw new Error('MEDIA_DIR is not set (tests/support/useTestDatabase.ts sets it).')
  return process.env.MEDIA_DIR
}
const stored = (filename: string | null | undefined): string => path.join(mediaDir(), filename ?? '')

/** The original, every rendition and the preview a document names. */
function filesOf(doc: Media): string[] {
  const names = [doc.filename, doc.preview?.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]
  return names.filter((name): name is string => Boolean(name))
}

describeWithDatabase('media metadata, renditions and serving', () => {
  let payload: Payload
  const anonymous = new CmsHttpClient()
  const created: Media[] = []
  const suffix = uniqueSuffix()

  const upload = async (data: Buffer, mimetype: string, name: string): Promise<Media> => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: `Tệp thử ${name}` },
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

  it('removes GPS and every EXIF tag from a phone photo and from each of its renditions, after turning it upright', async () => {
    const photo = await phonePhotoJpeg()
    const before = await sharp(photo).metadata()
    expect(before.exif, 'the fixture carries EXIF').toBeDefined()
    expect(before.orientation).toBe(6)

    const doc = await upload(photo, 'image/jpeg', 'anh-dien-thoai.jpg')
    expect(doc.format).toBe('JPEG')
    expect(doc.filesize).toBeGreaterThan(0)
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/)
    const renditions = Object.values(doc.sizes ?? {}).filter((size) => size?.filename)
    expect(renditions.length).toBeGreaterThanOrEqual(8)
    for (const name of filesOf(doc)) {
      const bytes = fs.readFileSync(stored(name))
      const meta = await sharp(bytes).metadata()
      expect(meta.exif, `${name} has no EXIF`).toBeUndefined()
      expect(bytes.includes(Buffer.from('Galaxy A15')), `${name} names no camera`).toBe(false)
      expect(meta.orientation ?? 1, `${name} needs no rotation`).toBe(1)
    }
    // Orientation 6 (90° clockwise) applied: the 2400×1600 landscape photo stands as portrait.
    const upright = await sharp(stored(doc.filename)).metadata()
    expect(upright.height).toBeGreaterThan(upright.width ?? 0)
  })

  it('counts the pages of a scanned PDF and stores a WebP of its first page beside it', async () => {
    const doc = await upload(await scannedPdf(3), 'application/pdf', 'to-khai.pdf')
    expect(doc.format).toBe('PDF')
    expect(doc.pageCount).toBe(3)
    expect(doc.processingNote ?? null).toBeNull()
    expect(doc.preview?.filename).toMatch(/-preview\.webp$/)
    expect(doc.preview?.url).toBe(`/api/media/file/${encodeURIComponent(doc.preview?.filename ?? '')}`)
    const preview = await sharp(stored(doc.preview?.filename)).metadata()
    expect(preview.format).toBe('webp')
    expect(preview.height).toBe(doc.preview?.height)
    expect(Math.max(preview.width ?? 0, preview.height ?? 0)).toBe(800)
  })

  it.each([
    {
      name: 'video.mp4',
      mimetype: 'video/mp4',
      format: 'MP4',
      make: async () => ({ data: await slideshowMp4(2), seconds: 8 }),
    },
    {
      name: 'phat-thanh.wav',
      mimetype: 'audio/wav',
      format: 'WAV',
      make: async () => {
        const wav = jingleWav()
        return { data: wav.data, seconds: wav.durationSeconds }
      },
    },
    {
      name: 'phat-thanh.mp3',
      mimetype: 'audio/mpeg',
      format: 'MP3',
      make: async () => ({ data: silentMp3(383), seconds: (383 * 1152) / 44100 }),
    },
  ])('reads the duration of $format', async ({ name, mimetype, format, make }) => {
    const { data, seconds } = await make()
    const doc = await upload(data, mimetype, name)
    expect(doc.format).toBe(format)
    expect(doc.durationSeconds).toBeCloseTo(seconds, 0)
    expect(doc.processingNote ?? null).toBeNull()
    if (mimetype.startsWith('video/')) {
      // The poster frame (ffmpeg from @ffmpeg-installer) is the video's preview.
      expect(doc.preview?.filename).toMatch(/-poster\.webp$/)
      const poster = await sharp(stored(doc.preview?.filename)).metadata()
      expect(poster.format).toBe('webp')
      expect([poster.width, poster.height]).toEqual([640, 360])
    } else {
      expect(doc.preview?.filename ?? null).toBeNull()
    }
  })

  it('keeps the original and says why in processingNote when the duration cannot be read', async () => {
    // A valid WAV header over no samples: accepted as audio, but it states no length.
    const wav = jingleWav().data
    const header = Buffer.from(wav.subarray(0, 44))
    header.writeUInt32LE(36, 4)
    header.writeUInt32LE(0, 40)
    const doc = await upload(header, 'audio/wav', 'khong-co-tieng.wav')
    expect(fs.existsSync(stored(doc.filename))).toBe(true)
    expect(doc.durationSeconds ?? null).toBeNull()
    expect(doc.processingNote).toMatch(/^Tệp gốc đã được lưu, nhưng tệp không ghi thời lượng/)
  })

  it('regenerates renditions and the preview when the file is replaced, and removes the old ones', async () => {
    const first = await upload(await phonePhotoJpeg(2), 'image/jpeg', 'thay-the.jpg')
    const oldFiles = filesOf(first)
    for (const name of oldFiles) expect(fs.existsSync(stored(name))).toBe(true)

    const replaced = await payload.update({
      collection: 'media',
      id: first.id,
      data: {},
      file: uploadFile(await scannedPdf(2), 'application/pdf', `${suffix}-thay-bang-pdf.pdf`),
    })
    expect(replaced.pageCount).toBe(2)
    expect(replaced.format).toBe('PDF')
    const newFiles = filesOf(replaced)
    expect(replaced.preview?.filename).toBeTruthy()
    for (const name of newFiles) expect(fs.existsSync(stored(name)), `${name} exists`).toBe(true)
    for (const name of oldFiles.filter((old) => !newFiles.includes(old)))
      expect(fs.existsSync(stored(name)), `${name} is gone`).toBe(false)

    const again = await payload.update({
      collection: 'media',
      id: first.id,
      data: {},
      file: uploadFile(await phonePhotoJpeg(3), 'image/jpeg', `${suffix}-anh-moi.jpg`),
    })
    expect(again.pageCount ?? null).toBeNull()
    expect(again.preview?.filename ?? null).toBeNull()
    expect(fs.existsSync(stored(replaced.preview?.filename))).toBe(false)
    expect(Object.values(again.sizes ?? {}).filter((size) => size?.filename).length).toBeGreaterThanOrEqual(8)
  })

  it('deletes the original, its renditions and its preview with the record', async () => {
    const pdf = await upload(await scannedPdf(1), 'application/pdf', 'xoa.pdf')
    const photo = await upload(await phonePhotoJpeg(4), 'image/jpeg', 'xoa.jpg')
    for (const doc of [pdf, photo]) {
      const files = filesOf(doc)
      expect(files.length).toBeGreaterThan(1)
      await payload.delete({ collection: 'media', id: doc.id })
      for (const name of files) expect(fs.existsSync(stored(name)), `${name} is gone`).toBe(false)
    }
  })

  it('serves images and PDFs inline, office files as downloads, all with nosniff and a sandboxing CSP', async () => {
    const photo = await upload(await phonePhotoJpeg(5), 'image/jpeg', 'phuc-vu.jpg')
    const pdf = await upload(await scannedPdf(1), 'application/pdf', 'phuc-vu.pdf')
    const docx = await upload(
      ooxml('docx'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'ban-goc.docx',
    )
    expect(docx.format).toBe('DOCX')
    // The public reads only the files of published materials (tests/int/media-visibility.test.ts).
    const material = await fixtures(payload).createPublishedMaterial({
      kind: 'document',
      files: [photo, pdf, docx].map((doc) => ({ label: `Tải về ${doc.filename}`, file: doc.id })),
    })
    const names = [photo.filename, photo.sizes?.w480Webp?.filename, pdf.filename, pdf.preview?.filename]
    for (const name of names) {
      const response = await anonymous.fetch(`/media/file/${encodeURIComponent(name ?? '')}`)
      expect(response.status, name ?? '').toBe(200)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox",
      )
      expect(response.headers.get('content-disposition'), `${name} is shown inline`).toBeNull()
      await response.arrayBuffer()
    }
    const office = await anonymous.fetch(`/media/file/${encodeURIComponent(docx.filename ?? '')}`)
    expect(office.status).toBe(200)
    expect(office.headers.get('content-disposition')).toBe('attachment')
    expect(office.headers.get('x-content-type-options')).toBe('nosniff')
    expect(office.headers.get('content-security-policy')).toContain('sandbox')
    await office.arrayBuffer()
    await payload.delete({ collection: 'materials', id: material.id })
  })
})
