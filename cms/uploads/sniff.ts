import { fileTypeFromBuffer } from 'file-type'

import type { AcceptedType } from './policy'
import { UploadRefusal } from './refusal'
import { classifyOoxml } from './checks/ooxml'

/** What the bytes are: an accepted type, or SVG (accepted only to be rasterised). */
export type SniffedType = AcceptedType | 'svg'

const startsWith = (data: Buffer, ...bytes: number[]): boolean => bytes.every((byte, index) => data[index] === byte)

/** The start of a text file, without BOM and leading blanks, lower-cased: enough to recognise markup. */
function textHead(data: Buffer): string {
  let text = data.subarray(0, 4096).toString('utf8')
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return text.trimStart().toLowerCase()
}

const REFUSE_EXECUTABLE = (): UploadRefusal =>
  new UploadRefusal(
    'đây là tệp chương trình chạy được, không phải tài liệu',
    'Hãy tải lên tài liệu (PDF, ảnh, video, âm thanh, Word, PowerPoint, Excel).',
  )
const REFUSE_MARKUP = (what: string): UploadRefusal =>
  new UploadRefusal(
    `đây là tệp ${what}, có thể chứa mã chạy trong trình duyệt`,
    'Hãy xuất nội dung ra PDF hoặc ảnh rồi tải lên.',
  )
const REFUSE_ARCHIVE = (): UploadRefusal =>
  new UploadRefusal(
    'đây là tệp nén, không phải tài liệu',
    'Hãy giải nén và tải lên từng tệp (PDF, ảnh, video, âm thanh, Word, PowerPoint, Excel).',
  )
const REFUSE_UNKNOWN = (what?: string): UploadRefusal =>
  new UploadRefusal(
    what ? `định dạng ${what} không được nhận` : 'không nhận ra định dạng của tệp',
    'Các định dạng được nhận: PDF; ảnh JPEG, PNG, WebP, AVIF, SVG; video MP4, WebM; âm thanh MP3, M4A, WAV; phụ đề WebVTT; Word, PowerPoint, Excel (DOCX, PPTX, XLSX).',
  )

const EXECUTABLE_MIMES = new Set([
  'application/x-elf',
  'application/x-msdownload',
  'application/x-ms-dos-executable',
  'application/vnd.microsoft.portable-executable',
  'application/x-mach-binary',
  'application/x-executable',
  'application/java-vm',
  'application/wasm',
  'application/x-sharedlib',
])

const ARCHIVE_MIMES = new Set([
  'application/zip',
  'application/x-7z-compressed',
  'application/x-rar-compressed',
  'application/vnd.rar',
  'application/gzip',
  'application/x-gzip',
  'application/x-bzip2',
  'application/x-xz',
  'application/x-tar',
  'application/zstd',
  'application/x-lzip',
  'application/java-archive',
  'application/x-cpio',
  'application/x-deb',
  'application/x-rpm',
  'application/x-apple-diskimage',
  'application/vnd.ms-cab-compressed',
])

const DIRECT: Record<string, AcceptedType> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'audio/webm': 'webm',
  'audio/mpeg': 'mp3',
  'audio/x-m4a': 'm4a',
  'audio/mp4': 'm4a',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/vnd.wave': 'wav',
}

/**
 * Decides what a file is from its bytes alone: the name and the browser's
 * Content-Type are never consulted. Throws an UploadRefusal for anything not accepted.
 */
export async function sniffFile(data: Buffer): Promise<SniffedType> {
  if (data.length === 0)
    throw new UploadRefusal('tệp rỗng (0 byte)', 'Hãy chọn lại tệp, kiểm tra rằng tệp mở được trên máy rồi tải lên.')
  if (startsWith(data, 0x7f, 0x45, 0x4c, 0x46) || startsWith(data, 0x4d, 0x5a)) throw REFUSE_EXECUTABLE()
  if (startsWith(data, 0x23, 0x21)) throw REFUSE_EXECUTABLE()

  const head = textHead(data)
  // WebVTT is plain text: file-type cannot see it, its first line says it.
  if (/^webvtt(?:[ \t\r\n]|$)/.test(head)) return 'vtt'

  const detected = await fileTypeFromBuffer(data).catch(() => undefined)
  if (detected) {
    const direct = DIRECT[detected.mime]
    if (direct) return direct
    if (
      detected.mime.startsWith('application/vnd.openxmlformats-officedocument.') ||
      detected.mime === 'application/zip'
    ) {
      const office = classifyOoxml(data)
      if (office) return office
      throw REFUSE_ARCHIVE()
    }
    if (EXECUTABLE_MIMES.has(detected.mime)) throw REFUSE_EXECUTABLE()
    if (ARCHIVE_MIMES.has(detected.mime)) throw REFUSE_ARCHIVE()
    if (detected.mime === 'text/html' || detected.mime === 'application/xhtml+xml') throw REFUSE_MARKUP('HTML')
    if (detected.mime !== 'application/xml') throw REFUSE_UNKNOWN(`${detected.ext.toUpperCase()} (${detected.mime})`)
  }

  // Text markup, recognised from its first tags.
  // An XSL stylesheet can run script in a browser even when the root is <svg>.
  if (/<\?xml-stylesheet|<xsl:/.test(head)) throw REFUSE_MARKUP('XML kèm XSL')
  if (/^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype svg[^>]*>\s*)?<svg[\s>]/.test(head)) return 'svg'
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<script[\s>]|<iframe[\s>])/.test(head))
    throw REFUSE_MARKUP('HTML')
  if (head.startsWith('<?xml') || head.startsWith('<!doctype') || /^<[a-z][\w:-]*[\s>]/.test(head))
    throw REFUSE_MARKUP('XML')
  if (/^(?:<\?php|<%)/.test(head)) throw REFUSE_EXECUTABLE()
  throw REFUSE_UNKNOWN()
}
