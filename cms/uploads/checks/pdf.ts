import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib'

import { UploadRefusal } from '../refusal'

/** Names that make a PDF do something when opened: run script, launch a program, carry a file. */
const ACTIVE_NAMES = new Set(['JavaScript', 'JS', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'XFA'])
/** The same, in raw bytes; names may hide letters as #xx escapes ("/J#61vaScript"). */
const ACTIVE_IN_BYTES = /\/(?:JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA)(?![A-Za-z0-9])/

const decodeNameEscapes = (text: string): string =>
  text.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

const activeRefusal = (): UploadRefusal =>
  new UploadRefusal(
    'PDF có chứa mã lệnh JavaScript, lệnh chạy chương trình hoặc tệp đính kèm',
    'Hãy in lại tài liệu ra PDF mới (Tệp → In → Lưu dưới dạng PDF) rồi tải lên.',
  )

const nameOf = (name: PDFName): string => decodeNameEscapes(name.asString().slice(1))

/**
 * Loads the PDF (a corrupt or truncated one fails) and refuses active content.
 * Both the raw bytes and every parsed object are searched: pdf-lib unpacks
 * compressed object streams while loading, and Flate content streams are
 * inflated here, so names hidden in either are found too.
 */
export async function checkPdf(data: Buffer): Promise<void> {
  if (ACTIVE_IN_BYTES.test(decodeNameEscapes(data.toString('latin1')))) throw activeRefusal()
  let pdf: PDFDocument
  try {
    pdf = await PDFDocument.load(data, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true })
    if (pdf.getPageCount() < 1) throw new Error('no pages')
  } catch {
    throw new UploadRefusal(
      'tệp PDF bị hỏng hoặc bị cắt cụt, không đọc được',
      'Hãy xuất (hoặc quét) lại PDF, kiểm tra tệp mở được trên máy rồi tải lên.',
    )
  }
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : object instanceof PDFRawStream ? object.dict : undefined
    if (!dict) continue
    for (const [key, value] of dict.entries()) {
      if (ACTIVE_NAMES.has(nameOf(key))) throw activeRefusal()
      if (value instanceof PDFName && ACTIVE_NAMES.has(nameOf(value))) throw activeRefusal()
    }
    // Image streams (most of a scanned PDF) hold pixels, not names: not worth inflating.
    if (object instanceof PDFRawStream && dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) {
      let inflated: Uint8Array | undefined
      try {
        inflated = decodePDFRawStream(object).decode()
      } catch {
        inflated = undefined
      }
      if (inflated && ACTIVE_IN_BYTES.test(decodeNameEscapes(Buffer.from(inflated).toString('latin1'))))
        throw activeRefusal()
    }
  }
}
