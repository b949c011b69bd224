import sharp from 'sharp'

import { MAX_IMAGE_PIXELS, SVG_SIZE_LIMIT, formatMegabytes } from '../policy'
import { UploadRefusal } from '../refusal'

/**
 * SVG is rasterised to PNG at upload, and the SVG itself is not kept. We chose
 * this over a sanitiser because a PNG can never run script, whatever the
 * browser or the headers, so there is no allow-list to maintain against the
 * next bypass (2026 saw one in a widely used sanitiser). Print and the site
 * need a picture, not editable vectors; a designer keeps the source.
 *
 * SVGs with active or external content are refused outright rather than
 * silently flattened, so the editor learns the file was unsafe.
 */
const ACTIVE_CONTENT: { pattern: RegExp; reason: string }[] = [
  { pattern: /<script[\s>/]/i, reason: 'có mã lệnh <script>' },
  { pattern: /\son[a-z]+\s*=/i, reason: 'có thuộc tính sự kiện (onload, onclick…) chạy mã lệnh' },
  { pattern: /<foreignObject[\s>/]/i, reason: 'có <foreignObject> nhúng nội dung HTML' },
  { pattern: /<!ENTITY/i, reason: 'khai báo thực thể XML (ENTITY)' },
  { pattern: /<(?:iframe|embed|object|handler|listener)[\s>/]/i, reason: 'nhúng nội dung bên ngoài' },
  { pattern: /javascript:/i, reason: 'có liên kết "javascript:"' },
  {
    pattern: /@import|url\(\s*['"]?(?!#|data:image\/(?:png|jpeg|gif|webp);)/i,
    reason: 'có tham chiếu đến tài nguyên bên ngoài trong CSS',
  },
]

/** href / xlink:href / src values that leave the document: anything but "#id" or an inline raster image. */
const REFERENCE = /\s(?:xlink:href|href|src)\s*=\s*(["'])(.*?)\1/gis
const SAFE_REFERENCE = /^(?:#|data:image\/(?:png|jpeg|gif|webp);base64,)/i

export async function rasteriseSvg(data: Buffer): Promise<Buffer> {
  if (data.length > SVG_SIZE_LIMIT) {
    throw new UploadRefusal(
      `tệp SVG quá lớn (giới hạn ${formatMegabytes(SVG_SIZE_LIMIT)})`,
      'Hãy xuất hình thành PNG rồi tải lên.',
      413,
    )
  }
  const text = data.toString('utf8')
  const refuse = (why: string): UploadRefusal =>
    new UploadRefusal(
      `tệp SVG ${why}`,
      'Hãy xuất hình thành PNG (hoặc nhờ người thiết kế xoá phần mã lệnh, liên kết ngoài) rồi tải lên.',
    )
  for (const { pattern, reason } of ACTIVE_CONTENT) if (pattern.test(text)) throw refuse(reason)
  for (const match of text.matchAll(REFERENCE)) {
    const target = (match[2] ?? '').trim()
    if (!SAFE_REFERENCE.test(target)) throw refuse(`có tham chiếu đến tài nguyên bên ngoài ("${target.slice(0, 60)}")`)
  }
  try {
    const image = sharp(data, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' })
    const { width, height } = await image.metadata()
    if (!width || !height) throw new Error('no size')
    return await image.png({ compressionLevel: 9 }).toBuffer()
  } catch (error) {
    if (error instanceof UploadRefusal) throw error
    throw refuse('bị hỏng hoặc quá lớn để chuyển thành ảnh')
  }
}
