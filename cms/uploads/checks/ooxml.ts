import { unzipSync } from 'fflate'

import type { AcceptedType } from '../policy'
import { ZIP_LIMITS } from '../policy'
import { UploadRefusal } from '../refusal'
import { readZipDirectory, type ZipEntry } from './zipDirectory'

const OOXML_MAIN_PARTS: { type: Extract<AcceptedType, 'docx' | 'pptx' | 'xlsx'>; part: string; contentType: string }[] =
  [
    {
      type: 'docx',
      part: 'word/document.xml',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    },
    {
      type: 'pptx',
      part: 'ppt/presentation.xml',
      contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    },
    {
      type: 'xlsx',
      part: 'xl/workbook.xml',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    },
  ]

const NESTED_ARCHIVE = /\.(?:zip|7z|rar|gz|tgz|tar|bz2|xz|jar|cab|iso)$/i

const bombRefusal = (why: string): UploadRefusal =>
  new UploadRefusal(
    `tệp nén có dấu hiệu "bom nén" (${why})`,
    'Hãy mở tệp bằng Word, PowerPoint hoặc Excel, lưu lại thành tệp mới rồi tải lên.',
  )
const brokenRefusal = (): UploadRefusal =>
  new UploadRefusal(
    'tệp Office bị hỏng, không đọc được cấu trúc bên trong',
    'Hãy mở tệp bằng Word, PowerPoint hoặc Excel, lưu lại rồi tải lên.',
  )

function checkLimits(entries: ZipEntry[]): void {
  if (entries.length > ZIP_LIMITS.entries) throw bombRefusal(`${entries.length} mục bên trong`)
  let total = 0
  for (const entry of entries) {
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff)
      throw bombRefusal('định dạng ZIP64 dành cho tệp cực lớn')
    if (entry.name.startsWith('/') || entry.name.split(/[\\/]/).includes('..'))
      throw bombRefusal(`đường dẫn nguy hiểm "${entry.name}"`)
    if (NESTED_ARCHIVE.test(entry.name)) throw bombRefusal(`chứa tệp nén lồng "${entry.name}"`)
    total += entry.uncompressedSize
    if (
      entry.uncompressedSize >= ZIP_LIMITS.ratioCheckFromBytes &&
      entry.uncompressedSize > entry.compressedSize * ZIP_LIMITS.compressionRatio
    ) {
      throw bombRefusal(`mục "${entry.name}" nén hơn ${ZIP_LIMITS.compressionRatio} lần`)
    }
  }
  if (total > ZIP_LIMITS.totalUncompressedBytes) throw bombRefusal('dung lượng khi giải nén quá lớn')
}

/**
 * DOCX, PPTX or XLSX when the ZIP is a real OOXML package: sane sizes, a
 * [Content_Types].xml declaring the main part, and that part present. No
 * macros: a macro-enabled package is refused. Undefined for a ZIP that is not
 * an office file (the caller refuses it as an archive).
 */
export function classifyOoxml(data: Buffer): Extract<AcceptedType, 'docx' | 'pptx' | 'xlsx'> | undefined {
  const entries = readZipDirectory(data)
  if (entries === 'zip64') throw bombRefusal('định dạng ZIP64 dành cho tệp cực lớn')
  if (!entries) throw brokenRefusal()
  checkLimits(entries)
  const names = new Set(entries.map((entry) => entry.name))
  if (!names.has('[Content_Types].xml')) return undefined
  if ([...names].some((name) => /vbaProject\.bin$/i.test(name))) {
    throw new UploadRefusal(
      'tệp Office có chứa macro (mã VBA)',
      'Hãy lưu lại tệp dưới dạng không có macro (.docx, .pptx, .xlsx) rồi tải lên.',
    )
  }
  let contentTypes: string
  try {
    const files = unzipSync(new Uint8Array(data.buffer, data.byteOffset, data.length), {
      filter: (file) => file.name === '[Content_Types].xml',
    })
    const bytes = files['[Content_Types].xml']
    if (!bytes) throw new Error('missing')
    contentTypes = Buffer.from(bytes).toString('utf8')
  } catch {
    throw brokenRefusal()
  }
  if (/macroEnabled/i.test(contentTypes)) {
    throw new UploadRefusal(
      'tệp Office có chứa macro (mã VBA)',
      'Hãy lưu lại tệp dưới dạng không có macro (.docx, .pptx, .xlsx) rồi tải lên.',
    )
  }
  for (const { type, part, contentType } of OOXML_MAIN_PARTS) {
    if (contentTypes.includes(contentType)) {
      if (!names.has(part)) throw brokenRefusal()
      return type
    }
  }
  return undefined
}
