import { checkRasterImage } from './checks/image'
import { checkIsoMedia, checkVtt, checkWav, checkWebm } from './checks/media'
import { checkPdf } from './checks/pdf'
import { rasteriseSvg } from './checks/svg'
import {
  ACCEPTED_TYPES,
  type AcceptedType,
  KIND_LABELS,
  LARGEST_SIZE_LIMIT,
  SIZE_LIMITS,
  formatMegabytes,
} from './policy'
import { UploadRefusal } from './refusal'
import { sniffFile } from './sniff'

export interface InspectedFile {
  type: AcceptedType
  mime: string
  ext: string
  /** The bytes to store: re-encoded for images, a PNG for an SVG, else the upload itself. */
  data: Buffer
}

const tooLarge = (limit: number, what: string): UploadRefusal =>
  new UploadRefusal(
    `tệp quá lớn (giới hạn cho ${what} là ${formatMegabytes(limit)})`,
    'Hãy nén hoặc chia nhỏ tệp (ví dụ xuất video ở độ phân giải thấp hơn, giảm độ phân giải ảnh quét) rồi tải lên.',
    413,
  )

/**
 * Everything an upload goes through before Payload may write it: size, type
 * by content, a check per type, and neutralising (re-encoding images without
 * metadata, rasterising SVG). Throws an UploadRefusal; never writes anything.
 */
export async function inspectUpload(data: Buffer): Promise<InspectedFile> {
  if (data.length > LARGEST_SIZE_LIMIT) throw tooLarge(LARGEST_SIZE_LIMIT, 'mọi loại tệp')
  const sniffed = await sniffFile(data)
  if (sniffed === 'svg') {
    return { type: 'png', mime: ACCEPTED_TYPES.png.mime, ext: ACCEPTED_TYPES.png.ext, data: await rasteriseSvg(data) }
  }
  const info = ACCEPTED_TYPES[sniffed]
  const limit = SIZE_LIMITS[info.kind]
  if (data.length > limit) throw tooLarge(limit, KIND_LABELS[info.kind])
  let stored = data
  switch (sniffed) {
    case 'jpeg':
    case 'png':
    case 'webp':
    case 'avif':
      stored = await checkRasterImage(data, sniffed)
      break
    case 'pdf':
      await checkPdf(data)
      break
    case 'mp4':
      checkIsoMedia(data, 'video MP4')
      break
    case 'm4a':
      checkIsoMedia(data, 'âm thanh M4A')
      break
    case 'webm':
      checkWebm(data)
      break
    case 'wav':
      checkWav(data)
      break
    case 'vtt':
      checkVtt(data)
      break
    case 'mp3':
    case 'docx':
    case 'pptx':
    case 'xlsx':
      // MP3 frames were recognised by sniffing; OOXML packages were checked while sniffing (checks/ooxml.ts).
      break
  }
  return { type: sniffed, mime: info.mime, ext: info.ext, data: stored }
}
