/**
 * Real media files made in code for the media tests and the bench: a phone
 * photo with GPS EXIF, multi-page PDFs, a short MP4, a WAV and an MP3.
 */
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import sharp from 'sharp'

import { renderJingleWav } from '../../scripts/seed/generate/jingleWav'
import { renderSlideshowMp4 } from '../../scripts/seed/generate/slideshowMp4'

export interface UploadFile {
  data: Buffer
  mimetype: string
  name: string
  size: number
}

export const uploadFile = (data: Buffer, mimetype: string, name: string): UploadFile => ({
  data,
  mimetype,
  name,
  size: data.length,
})

/** A 2400×1600 JPEG like a phone's: camera make, GPS position, rotated by the Orientation tag. */
export async function phonePhotoJpeg(seed = 1): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="1600">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#${(0x2a6f97 + seed * 4099).toString(16).slice(-6)}"/><stop offset="1" stop-color="#f4a261"/></linearGradient></defs>
    <rect width="2400" height="1600" fill="url(#g)"/><circle cx="${600 + (seed % 7) * 150}" cy="800" r="400" fill="#ffffff" fill-opacity="0.5"/></svg>`
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 85 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'Samsung', Model: 'Galaxy A15' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '22/1 23/1 4500/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '103/1 27/1 3000/100',
      },
    })
    .toBuffer()
}

/** A PDF of `pages` A4 pages; `imageBytes` adds a full-page scan-like JPEG to every page (to reach a target size). */
export async function scannedPdf(pages: number, imageBytes?: Buffer): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const image = imageBytes ? await pdf.embedJpg(imageBytes) : null
  for (let index = 0; index < pages; index++) {
    const page = pdf.addPage([595, 842])
    if (image) page.drawImage(image, { x: 20, y: 20, width: 555, height: 802 })
    page.drawText(`Trang ${index + 1}`, { x: 60, y: 780, size: 28, font, color: rgb(0.1, 0.2, 0.5) })
  }
  return Buffer.from(await pdf.save())
}

/** Distinct scan-like JPEGs (noise defeats compression, so each adds about `kilobytes`). */
export async function noiseJpeg(width: number, height: number, seed: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3)
  let state = seed * 2654435761
  for (let i = 0; i < raw.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0
    raw[i] = state >>> 24
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer()
}

/** The seed's lossless slideshow MP4 (≈350 KB per slide, 4 s per slide). */
export function slideshowMp4(slides: number, title = 'Video thử nghiệm'): Promise<Buffer> {
  return renderSlideshowMp4({
    title,
    cover: {
      eyebrow: 'VIDEO',
      title,
      tagline: 'Dịch vụ công trực tuyến',
      palette: ['#0b3d91', '#1d6fd6', '#ffd166'],
      motif: 'play',
      format: 'landscape',
    },
    slides: Array.from({ length: slides }, (_, index) => `Cảnh ${index + 1}: nộp hồ sơ trực tuyến`),
    secondsPerSlide: 4,
  })
}

export function jingleWav(): { data: Buffer; durationSeconds: number } {
  return renderJingleWav({ melody: [62, 64, 67, 69, 72, 0, 69, 67] })
}

/**
 * A silent MPEG-1 Layer III stream: `frames` frames at 128 kbit/s, 44.1 kHz
 * (1152 samples, 417 bytes each), i.e. frames × 26.12 ms.
 */
export function silentMp3(frames: number): Buffer {
  const frame = Buffer.alloc(417)
  frame.writeUInt32BE(0xfffb9064, 0)
  return Buffer.concat(Array.from({ length: frames }, () => frame))
}

/**
 * A silent MP3 of its own: `frames` frames and an ID3v1 tag naming `title`.
 * The library keeps one copy of any file (an upload it already holds is refused),
 * so tests that upload through REST need bytes no other test made.
 */
export function taggedMp3(frames: number, title: string): Buffer {
  const tag = Buffer.alloc(128)
  tag.write('TAG', 0, 'latin1')
  tag.write(title.slice(0, 30), 3, 'latin1')
  return Buffer.concat([silentMp3(frames), tag])
}
