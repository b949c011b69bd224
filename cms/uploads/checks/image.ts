import sharp from 'sharp'

import { MAX_IMAGE_PIXELS } from '../policy'
import { UploadRefusal } from '../refusal'

type RasterType = 'jpeg' | 'png' | 'webp' | 'avif'

/** Markup that turns an image into an HTML/script polyglot if a browser ever sniffs it. */
const ACTIVE_MARKUP = /<(?:script|html|body|iframe|object|embed|svg|\?php)[\s>/]|javascript:/i

const corrupt = (): UploadRefusal =>
  new UploadRefusal(
    'ảnh bị hỏng, không giải mã được',
    'Hãy mở ảnh trên máy, lưu (hoặc xuất) lại thành JPEG hoặc PNG rồi tải lên.',
  )

/** Where the image data ends: after JPEG's last EOI or PNG's IEND chunk. */
function endOfImage(data: Buffer, type: RasterType): number {
  if (type === 'jpeg') {
    const eoi = data.lastIndexOf(Buffer.from([0xff, 0xd9]))
    return eoi < 0 ? data.length : eoi + 2
  }
  if (type === 'png') {
    const iend = data.lastIndexOf(Buffer.from('IEND', 'latin1'))
    return iend < 0 ? data.length : iend + 8
  }
  return data.length
}

/** Refuses decompression bombs: the pixel count is read from the header, before any decoding. */
async function checkPixels(data: Buffer): Promise<void> {
  let width: number | undefined
  let height: number | undefined
  try {
    ;({ width, height } = await sharp(data, { limitInputPixels: false }).metadata())
  } catch {
    throw corrupt()
  }
  if (!width || !height) throw corrupt()
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new UploadRefusal(
      `ảnh quá lớn (${width} × ${height} điểm ảnh, giới hạn ${MAX_IMAGE_PIXELS / 1_000_000} triệu điểm ảnh)`,
      'Hãy thu nhỏ ảnh (ví dụ cạnh dài 6000 điểm ảnh) rồi tải lên.',
    )
  }
}

/**
 * Decodes the whole image (a corrupt one fails here) and encodes it again in
 * the same format, orientation applied and without metadata: EXIF, GPS, XMP
 * and anything appended after the image data are gone from the stored original.
 */
export async function checkRasterImage(data: Buffer, type: RasterType): Promise<Buffer> {
  const latin1 = data.toString('latin1')
  if (ACTIVE_MARKUP.test(latin1)) {
    throw new UploadRefusal(
      'ảnh có chèn mã HTML hoặc mã lệnh (tệp "đa định dạng")',
      'Hãy mở ảnh bằng phần mềm chỉnh ảnh, xuất lại thành JPEG hoặc PNG rồi tải lên.',
    )
  }
  const end = endOfImage(data, type)
  if (end < data.length && /<[a-z!?]/i.test(latin1.slice(end))) {
    throw new UploadRefusal(
      'ảnh có dữ liệu lạ nối thêm sau phần ảnh',
      'Hãy xuất lại ảnh thành JPEG hoặc PNG rồi tải lên.',
    )
  }
  await checkPixels(data)
  try {
    const image = sharp(data, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' }).rotate()
    if (type === 'jpeg') return await image.jpeg({ quality: 90 }).toBuffer()
    if (type === 'png') return await image.png().toBuffer()
    if (type === 'webp') return await image.webp({ quality: 90 }).toBuffer()
    return await image.avif({ quality: 70, effort: 2 }).toBuffer()
  } catch {
    throw corrupt()
  }
}

export { checkPixels }
