import type { PDFFont, PDFPage, RGB } from 'pdf-lib'

import { pdfFontBytes, sharedFontkit } from './pdfFonts'
import { unitLines } from './printKitPdf'
import { fieldHeading, LIST_TITLE, type ListRow, type ProcedureListInput } from './procedureList'
import { addLink, drawQr, pdfLib, wrapText } from './procedureListPdfDraw'

/**
 * A unit's list of toàn trình procedures as an A4 PDF (lib/procedureList.ts):
 * a header with the unit's one-stop desk and a QR code to the national portal,
 * then a table grouped by field (STT, code, name, a QR code to the procedure's
 * page), its header repeated on every page, and «Trang x/y» at the foot.
 * Pure (data in, bytes out), so tests can render it without a site build.
 */

const rgb = (red: number, green: number, blue: number): RGB => ({ type: 'RGB', red, green, blue }) as RGB
const BRAND = rgb(0.06, 0.37, 0.66)
const INK = rgb(0.12, 0.14, 0.18)
const MUTED = rgb(0.38, 0.42, 0.48)
const BAND = rgb(0.93, 0.96, 0.99)
const RULE = rgb(0.75, 0.8, 0.86)
const WHITE = rgb(1, 1, 1)

const W = 595.28
const H = 841.89
const MARGIN = 36
const FOOTER = 26
const TABLE_W = W - MARGIN * 2
const COLS = { number: 30, code: 66, qr: 64 } as const
const NAME_W = TABLE_W - COLS.number - COLS.code - COLS.qr
const PAD = 5
const TEXT = 10
const LINE = TEXT * 1.32
const QR_SIDE = 54

export async function renderProcedureListPdf(input: ProcedureListInput): Promise<Uint8Array> {
  const doc = await pdfLib().PDFDocument.create()
  doc.registerFontkit(sharedFontkit)
  const { regular: regularBytes, bold: boldBytes } = pdfFontBytes()
  const regular = await doc.embedFont(regularBytes, { subset: true })
  const bold = await doc.embedFont(boldBytes, { subset: true })
  const unitName = input.unit.name.normalize('NFC')
  doc.setTitle(`${LIST_TITLE} – ${unitName}`)
  doc.setSubject(`${LIST_TITLE} của ${unitName}, cập nhật ngày ${input.updatedOn}`)
  doc.setAuthor(unitName)
  doc.setCreator(input.publisher.normalize('NFC'))
  doc.setProducer('Thư viện tuyên truyền dịch vụ công trực tuyến (pdf-lib)')
  doc.setLanguage('vi-VN')

  const pages: PDFPage[] = []
  let page!: PDFPage
  let y = 0
  const text = (value: string, x: number, baseline: number, font: PDFFont, size: number, color: RGB) => page.drawText(value, { x, y: baseline, size, font, color })

  const tableHeader = () => {
    const h = 22
    page.drawRectangle({ x: MARGIN, y: y - h, width: TABLE_W, height: h, color: BRAND })
    const base = y - h + 7.5
    let x = MARGIN
    text('STT', x + PAD, base, bold, 9, WHITE)
    x += COLS.number
    text('Mã thủ tục', x + PAD, base, bold, 9, WHITE)
    x += COLS.code
    text('Tên thủ tục hành chính', x + PAD, base, bold, 9, WHITE)
    x += NAME_W
    text('Mã QR', x + PAD, base, bold, 9, WHITE)
    y -= h
  }
  const newPage = (withTableHeader: boolean) => {
    page = doc.addPage([W, H])
    pages.push(page)
    y = H - MARGIN
    if (withTableHeader) tableHeader()
  }
  const room = () => y - (MARGIN + FOOTER)

  // First page: title, the unit and its one-stop desk, the date, and the national portal's QR code on the right.
  newPage(false)
  const portalQr = 78
  const headWidth = TABLE_W - portalQr - 14
  const titleLines = wrapText(LIST_TITLE.toUpperCase(), bold, 13, headWidth)
  for (const line of titleLines) {
    y -= 13 * 1.3
    text(line, MARGIN, y + 3, bold, 13, BRAND)
  }
  y -= 6
  for (const line of wrapText(unitName, bold, 12, headWidth)) {
    y -= 12 * 1.3
    text(line, MARGIN, y + 3, bold, 12, INK)
  }
  y -= 3
  for (const { label, value } of unitLines(input.unit)) {
    for (const line of wrapText(`${label}: ${value}`, regular, 9.5, headWidth)) {
      y -= 9.5 * 1.35
      text(line, MARGIN, y + 3, regular, 9.5, INK)
    }
  }
  y -= 9.5 * 1.35
  text(`Cập nhật ngày ${input.updatedOn}`, MARGIN, y + 3, regular, 9.5, MUTED)
  const qrTop = H - MARGIN
  const qrX = W - MARGIN - portalQr
  drawQr(doc, page, input.nationalPortal.url, qrX, qrTop - portalQr, portalQr)
  addLink(doc, page, input.nationalPortal.url, qrX, qrTop - portalQr, portalQr, portalQr)
  const captions = wrapText(`Nộp hồ sơ trực tuyến: ${input.nationalPortal.name}`, regular, 7.5, portalQr + 14)
  captions.forEach((line, i) => {
    const lineWidth = regular.widthOfTextAtSize(line, 7.5)
    // Centred under the code, but never past the right margin (the caption may be wider than the code).
    text(line, Math.min(qrX + (portalQr - lineWidth) / 2, W - MARGIN - lineWidth), qrTop - portalQr - 9 - i * 9.5, regular, 7.5, MUTED)
  })
  y = Math.min(y, qrTop - portalQr - 9 - captions.length * 9.5)
  y -= 8
  for (const line of wrapText('Quét mã QR ở mỗi dòng để xem hướng dẫn thực hiện thủ tục; nộp hồ sơ trực tuyến tại Cổng Dịch vụ công quốc gia (dichvucong.gov.vn).', regular, 9, TABLE_W)) {
    y -= 9 * 1.35
    text(line, MARGIN, y + 3, regular, 9, INK)
  }
  y -= 8
  tableHeader()

  const fieldRow = (label: string) => {
    const lines = wrapText(label, bold, TEXT, TABLE_W - PAD * 2)
    const h = lines.length * LINE + PAD * 2 - 2
    page.drawRectangle({ x: MARGIN, y: y - h, width: TABLE_W, height: h, color: BAND, borderColor: RULE, borderWidth: 0.5 })
    lines.forEach((line, i) => text(line, MARGIN + PAD, y - PAD - (i + 1) * LINE + 3.5, bold, TEXT, BRAND))
    y -= h
  }
  const fieldRowHeight = (label: string) => wrapText(label, bold, TEXT, TABLE_W - PAD * 2).length * LINE + PAD * 2 - 2
  const procedureRow = (row: ListRow, nameLines: string[], h: number) => {
    const top = y
    page.drawRectangle({ x: MARGIN, y: top - h, width: TABLE_W, height: h, borderColor: RULE, borderWidth: 0.5 })
    let x = MARGIN
    text(String(row.number), x + PAD, top - PAD - LINE + 3.5, regular, TEXT, INK)
    x += COLS.number
    text(row.code, x + PAD, top - PAD - LINE + 3.5, regular, TEXT, INK)
    x += COLS.code
    nameLines.forEach((line, i) => text(line, x + PAD, top - PAD - (i + 1) * LINE + 3.5, regular, TEXT, INK))
    addLink(doc, page, row.pageUrl, x, top - h, NAME_W, h)
    x += NAME_W
    const qrY = top - (h + QR_SIDE) / 2
    drawQr(doc, page, row.pageUrl, x + (COLS.qr - QR_SIDE) / 2, qrY, QR_SIDE)
    addLink(doc, page, row.pageUrl, x + (COLS.qr - QR_SIDE) / 2, qrY, QR_SIDE, QR_SIDE)
    for (const lineX of [MARGIN + COLS.number, MARGIN + COLS.number + COLS.code, MARGIN + COLS.number + COLS.code + NAME_W]) {
      page.drawLine({ start: { x: lineX, y: top }, end: { x: lineX, y: top - h }, thickness: 0.5, color: RULE })
    }
    y -= h
  }

  input.groups.forEach((group, index) => {
    const label = fieldHeading(index, group.field)
    group.rows.forEach((row, rowIndex) => {
      const nameLines = wrapText(row.name, regular, TEXT, NAME_W - PAD * 2)
      const h = Math.max(nameLines.length * LINE + PAD * 2, QR_SIDE + 6)
      // A field's heading never ends a page alone; a field continued on a new page says so.
      const heading = rowIndex === 0 ? label : null
      const need = h + (heading ? fieldRowHeight(heading) : 0)
      if (room() < need) {
        newPage(true)
        fieldRow(heading ?? `${label} (tiếp theo)`)
      } else if (heading) fieldRow(heading)
      procedureRow(row, nameLines, h)
    })
  })

  const total = pages.length
  pages.forEach((p, i) => {
    const label = `Trang ${i + 1}/${total}`
    p.drawLine({ start: { x: MARGIN, y: MARGIN + 14 }, end: { x: W - MARGIN, y: MARGIN + 14 }, thickness: 0.5, color: RULE })
    p.drawText(label, { x: W - MARGIN - regular.widthOfTextAtSize(label, 8.5), y: MARGIN, size: 8.5, font: regular, color: MUTED })
    // A page posted on its own still says whose list it is and how current; shrunk to fit rather than cut.
    const foot = `${unitName} · Cập nhật ngày ${input.updatedOn}`
    const footSize = Math.min(8.5, (8.5 * (TABLE_W - 70)) / regular.widthOfTextAtSize(foot, 8.5))
    p.drawText(foot, { x: MARGIN, y: MARGIN, size: footSize, font: regular, color: MUTED })
  })

  doc.setCreationDate(new Date(input.updatedAt))
  doc.setModificationDate(new Date(input.updatedAt))
  return doc.save({ useObjectStreams: true })
}
