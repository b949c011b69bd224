// Child of scripts/bench/media.ts, run with its own DATABASE_URL and MEDIA_DIR
// (the CMS reads both when its config is imported). Writes its figures to MEDIA_BENCH_RESULT.
import fs from 'node:fs'
import path from 'node:path'

import { getCmsPayload } from '@dvctt/cms/lib/getCmsPayload'
import { mediaDir } from '@dvctt/cms/lib/paths'
import { imageSizes } from '@dvctt/cms/collections/Media/index'
import { inspectUpload } from '@dvctt/cms/uploads/inspect'
import sharp from 'sharp'

import { noiseJpeg, slideshowMp4, uploadFile } from '../../tests/support/mediaFiles'

const IMAGES = Number(process.env.MEDIA_BENCH_IMAGES ?? 200)
const MB = 1024 * 1024

/** A camera-sized photo: smooth gradients, shapes and grain, distinct per index. */
function photo(index: number): Promise<Buffer> {
  const hue = (index * 47) % 360
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="1600">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,45%)"/><stop offset="1" stop-color="hsl(${(hue + 120) % 360},70%,70%)"/></linearGradient></defs>
    <rect width="2400" height="1600" fill="url(#g)"/>
    ${Array.from({ length: 12 }, (_, k) => `<circle cx="${(index * 97 + k * 211) % 2400}" cy="${(index * 53 + k * 137) % 1600}" r="${80 + ((k * 31) % 220)}" fill="hsl(${(hue + k * 29) % 360},80%,60%)" fill-opacity="0.6"/>`).join('')}
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer()
}

/** What Payload does per image size, with sharp directly: resize, encode, write. */
async function rawRenditions(input: Buffer, outDir: string, index: number): Promise<void> {
  await Promise.all(
    imageSizes.map(async (size) => {
      const format = size.formatOptions?.format ?? 'jpeg'
      const resized = sharp(input).rotate().resize({
        width: size.width,
        height: size.height,
        position: size.position,
        withoutEnlargement: size.withoutEnlargement,
      })
      const encoded = resized.toFormat(format, size.formatOptions?.options)
      await encoded.toFile(path.join(outDir, `${index}-${size.name}.${format}`))
    }),
  )
}

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return (performance.now() - started) / 1000
}

const round = (value: number): number => Math.round(value * 100) / 100

const payload = await getCmsPayload({ migrate: true })
payload.logger.level = 'warn'

process.stderr.write(`  tạo ${IMAGES} ảnh 2400×1600…\n`)
const photos: Buffer[] = []
for (let index = 0; index < IMAGES; index++) photos.push(await photo(index))

const rawDir = path.join(path.dirname(mediaDir), 'raw-sharp')
fs.mkdirSync(rawDir, { recursive: true })
process.stderr.write('  sharp trực tiếp…\n')
const rawSharpSeconds = await seconds(async () => {
  for (const [index, input] of photos.entries()) await rawRenditions(input, rawDir, index)
})

process.stderr.write('  tải lên qua Payload (Local API)…\n')
const ours = await seconds(async () => {
  for (const [index, input] of photos.entries()) {
    await payload.create({
      collection: 'media',
      data: { alt: `Ảnh đo hiệu năng ${index}` },
      file: uploadFile(input, 'image/jpeg', `anh-do-${index}.jpg`),
    })
    if ((index + 1) % 50 === 0) process.stderr.write(`    ${index + 1}/${IMAGES}\n`)
  }
})

// The upload check alone (sniffing, limits, re-encoding the original without EXIF): part of
// "ours", measured apart so the report shows where the time goes.
process.stderr.write('  kiểm tra tệp (checkUpload) riêng…\n')
const checkSeconds = await seconds(async () => {
  for (const input of photos) await inspectUpload(input)
})

process.stderr.write('  PDF 20 MB…\n')
const scans: Buffer[] = []
let scanBytes = 0
for (let seed = 1; scanBytes < 20 * MB; seed++) {
  const scan = await noiseJpeg(900, 1270, seed)
  scans.push(scan)
  scanBytes += scan.length
}
const pdf = await scannedPdfOfScans(scans)
const pdfDoc: { pageCount?: number | null } = {}
const pdf20MbSeconds = await seconds(async () => {
  const doc = await payload.create({
    collection: 'media',
    data: { alt: 'PDF 20 MB' },
    file: uploadFile(pdf, 'application/pdf', 'ban-quet-20mb.pdf'),
  })
  pdfDoc.pageCount = doc.pageCount
  if (!doc.preview?.filename)
    throw new Error(`PDF 20 MB: không có ảnh xem trước (${doc.processingNote ?? 'không rõ lý do'})`)
})

process.stderr.write('  MP4 50 MB…\n')
let slides = 150
let mp4 = await slideshowMp4(slides)
while (mp4.length < 50 * MB) {
  slides += Math.ceil(((50 * MB - mp4.length) / mp4.length) * slides) + 1
  mp4 = await slideshowMp4(slides)
}
const mp4Doc: { durationSeconds?: number | null } = {}
const mp450MbSeconds = await seconds(async () => {
  const doc = await payload.create({
    collection: 'media',
    data: { alt: 'MP4 50 MB' },
    file: uploadFile(mp4, 'video/mp4', 'video-50mb.mp4'),
  })
  mp4Doc.durationSeconds = doc.durationSeconds
})

/** One scan per page, as a document scanner makes them. */
async function scannedPdfOfScans(images: Buffer[]): Promise<Buffer> {
  const { PDFDocument } = await import('pdf-lib')
  const doc = await PDFDocument.create()
  for (const bytes of images) {
    const image = await doc.embedJpg(bytes)
    doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 })
  }
  return Buffer.from(await doc.save())
}

const resultFile = process.env.MEDIA_BENCH_RESULT ?? path.join(path.dirname(mediaDir), 'result.json')
fs.writeFileSync(
  resultFile,
  JSON.stringify({
    images: IMAGES,
    seconds: round(ours),
    rawSharpSeconds: round(rawSharpSeconds),
    ratio: round(rawSharpSeconds / ours),
    checkSeconds: round(checkSeconds),
    ratioWithoutCheck: round(rawSharpSeconds / (ours - checkSeconds)),
    pdf20MbBytes: pdf.length,
    pdf20MbPages: pdfDoc.pageCount ?? 0,
    pdf20MbSeconds: round(pdf20MbSeconds),
    mp450MbBytes: mp4.length,
    mp450MbDurationSeconds: mp4Doc.durationSeconds ?? 0,
    mp450MbSeconds: round(mp450MbSeconds),
  }),
)
process.exit(0)
