import { PDFDocument, type PDFFont, type PDFPage, rgb, type RGB } from 'pdf-lib'

import type { Block } from '../richText'
import { fontBytes, fontkit } from './fonts'
import { wrapWords } from './wrapWords'

export interface PdfContact {
  unitName: string
  hotline?: string | null
  address?: string | null
  hours?: string | null
  portalUrl?: string | null
}

export interface PdfProcedure {
  code: string
  name: string
  url?: string | null
}

export interface LeafletPdfInput {
  title: string
  /** e.g. "TỜ RƠI", "KỊCH BẢN PHÁT THANH". */
  kindLabel: string
  summary: string
  blocks: readonly Block[]
  procedures: readonly PdfProcedure[]
  contact: PdfContact
  ownerName: string
  validFrom?: string | null
}

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 50
const BRAND = rgb(0.06, 0.37, 0.66)
const ACCENT = rgb(0.99, 0.78, 0.2)
const INK = rgb(0.12, 0.14, 0.18)
const MUTED = rgb(0.38, 0.42, 0.48)

/**
 * An A4 leaflet in Vietnamese: page one carries the message, the last page the
 * procedures and where to get help, so every leaflet has at least two pages.
 */
export async function renderLeafletPdf(input: LeafletPdfInput): Promise<Buffer> {
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  doc.setTitle(input.title.normalize('NFC'))
  doc.setAuthor(input.ownerName.normalize('NFC'))
  doc.setSubject(input.summary.normalize('NFC'))
  doc.setLanguage('vi-VN')
  doc.setProducer('Thư viện tuyên truyền DVCTT Lai Châu (dữ liệu mẫu)')
  // A fixed date keeps the bytes, and so the checksum, identical between runs.
  doc.setCreationDate(new Date('2025-09-15T08:00:00+07:00'))
  doc.setModificationDate(new Date('2025-09-15T08:00:00+07:00'))
  const regular = await doc.embedFont(fontBytes('regular'), { subset: true })
  const bold = await doc.embedFont(fontBytes('bold'), { subset: true })
  const w = new Writer(doc, regular, bold)

  w.page.drawRectangle({ x: 0, y: A4.height - 120, width: A4.width, height: 120, color: BRAND })
  w.page.drawRectangle({ x: 0, y: A4.height - 126, width: A4.width, height: 6, color: ACCENT })
  w.page.drawText('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', {
    x: MARGIN,
    y: A4.height - 48,
    size: 11,
    font: bold,
    color: rgb(1, 1, 1),
  })
  w.page.drawText('Dịch vụ công trực tuyến – Ở đâu cũng làm được', {
    x: MARGIN,
    y: A4.height - 66,
    size: 10,
    font: regular,
    color: rgb(1, 1, 1),
  })
  w.page.drawText(input.kindLabel.normalize('NFC').toUpperCase(), {
    x: MARGIN,
    y: A4.height - 98,
    size: 12,
    font: bold,
    color: ACCENT,
  })
  w.y = A4.height - 160

  w.paragraph(input.title, { font: bold, size: 22, color: BRAND, gapAfter: 10 })
  w.paragraph(input.summary, { font: regular, size: 12, color: MUTED, gapAfter: 14 })
  for (const block of input.blocks) w.block(block)

  w.newPage()
  w.paragraph('Thủ tục hành chính liên quan', { font: bold, size: 16, color: BRAND, gapAfter: 8 })
  if (input.procedures.length === 0) {
    w.paragraph('Tra cứu toàn bộ thủ tục tại Cổng Dịch vụ công quốc gia: https://dichvucong.gov.vn', {
      font: regular,
      size: 11,
    })
  }
  for (const procedure of input.procedures) {
    w.paragraph(`${procedure.code} – ${procedure.name}`, { font: bold, size: 11, gapAfter: 2 })
    if (procedure.url) w.paragraph(procedure.url, { font: regular, size: 8.5, color: MUTED, gapAfter: 8 })
  }
  w.y -= 10
  w.paragraph('Cần hỗ trợ?', { font: bold, size: 16, color: BRAND, gapAfter: 8 })
  const { contact } = input
  const lines = [
    `Đơn vị: ${contact.unitName}`,
    contact.address ? `Bộ phận Một cửa: ${contact.address}` : null,
    contact.hours ? `Giờ làm việc: ${contact.hours}` : null,
    contact.hotline ? `Đường dây nóng: ${contact.hotline}` : null,
    contact.portalUrl ? `Trang thông tin: ${contact.portalUrl}` : null,
    'Tổng đài Cổng Dịch vụ công quốc gia: 18001096',
    'Tổ công nghệ số cộng đồng tại thôn, bản sẵn sàng hướng dẫn miễn phí.',
  ].filter((line): line is string => Boolean(line))
  for (const line of lines) w.paragraph(line, { font: regular, size: 11, gapAfter: 4 })
  if (input.validFrom) {
    w.y -= 8
    w.paragraph(`Áp dụng từ ngày ${formatDate(input.validFrom)}. Tài liệu do ${input.ownerName} biên soạn.`, {
      font: regular,
      size: 9.5,
      color: MUTED,
    })
  }
  w.footers(input.title)
  return Buffer.from(await doc.save({ useObjectStreams: true }))
}

interface ParagraphStyle {
  font: PDFFont
  size: number
  color?: RGB
  indent?: number
  gapAfter?: number
  prefix?: string
}

/** Flows wrapped lines down the page and starts a new page when the bottom margin is reached. */
class Writer {
  page: PDFPage
  y = A4.height - MARGIN

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = doc.addPage([A4.width, A4.height])
  }

  newPage(): void {
    this.page = this.doc.addPage([A4.width, A4.height])
    this.y = A4.height - MARGIN
  }

  paragraph(text: string, style: ParagraphStyle): void {
    const indent = style.indent ?? 0
    const maxWidth = A4.width - MARGIN * 2 - indent
    const lineHeight = style.size * 1.35
    const lines = wrapWords(text.normalize('NFC'), maxWidth, (line) => style.font.widthOfTextAtSize(line, style.size))
    lines.forEach((line, index) => {
      if (this.y - lineHeight < MARGIN + 20) this.newPage()
      this.y -= lineHeight
      if (index === 0 && style.prefix) {
        this.page.drawText(style.prefix, {
          x: MARGIN + indent - 14,
          y: this.y,
          size: style.size,
          font: this.bold,
          color: BRAND,
        })
      }
      this.page.drawText(line, {
        x: MARGIN + indent,
        y: this.y,
        size: style.size,
        font: style.font,
        color: style.color ?? INK,
      })
    })
    this.y -= style.gapAfter ?? 6
  }

  block(block: Block): void {
    if ('h2' in block) return this.paragraph(block.h2, { font: this.bold, size: 15, color: BRAND, gapAfter: 6 })
    if ('h3' in block) return this.paragraph(block.h3, { font: this.bold, size: 12.5, gapAfter: 4 })
    if ('p' in block) return this.paragraph(block.p, { font: this.regular, size: 11, gapAfter: 8 })
    if ('ul' in block) {
      block.ul.forEach((item) =>
        this.paragraph(item, { font: this.regular, size: 11, indent: 16, prefix: '•', gapAfter: 3 }),
      )
      this.y -= 5
      return
    }
    if ('ol' in block) {
      block.ol.forEach((item, i) =>
        this.paragraph(item, { font: this.regular, size: 11, indent: 18, prefix: `${i + 1}.`, gapAfter: 3 }),
      )
      this.y -= 5
      return
    }
    this.paragraph(`${block.before ? `${block.before} ` : ''}${block.link}: ${block.url}`, {
      font: this.regular,
      size: 11,
      color: BRAND,
    })
  }

  footers(title: string): void {
    const pages = this.doc.getPages()
    const shortTitle = title.length > 70 ? `${title.slice(0, 68)}…` : title
    pages.forEach((page, index) => {
      page.drawLine({ start: { x: MARGIN, y: 42 }, end: { x: A4.width - MARGIN, y: 42 }, thickness: 0.5, color: MUTED })
      page.drawText(shortTitle.normalize('NFC'), { x: MARGIN, y: 28, size: 8.5, font: this.regular, color: MUTED })
      const label = `Trang ${index + 1}/${pages.length}`
      page.drawText(label, {
        x: A4.width - MARGIN - this.regular.widthOfTextAtSize(label, 8.5),
        y: 28,
        size: 8.5,
        font: this.regular,
        color: MUTED,
      })
    })
  }
}

function formatDate(iso: string): string {
  const date = new Date(iso)
  const dd = String(date.getUTCDate()).padStart(2, '0')
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0')
  return `${dd}/${mm}/${date.getUTCFullYear()}`
}
