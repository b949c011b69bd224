import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib'

import { pdfFontBytes, sharedFontkit } from './pdfFonts'
import { unitLines } from './printKitPdf'
import { fieldHeading, LIST_TITLE, type ListGroup, type ListRow, type ProcedureListInput } from './procedureList'
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
const PORTAL_QR = 78

/** The document being drawn: its fonts, its pages so far, and where the next row goes on the last one. */
interface Sheet {
  doc: PDFDocument
  regular: PDFFont
  bold: PDFFont
  pages: PDFPage[]
  page: PDFPage
  /** The top of the next thing drawn on `page`, moving down. */
  y: number
}

export async function renderProcedureListPdf(input: ProcedureListInput): Promise<Uint8Array> {
  const unitName = input.unit.name.normalize('NFC')
  const sheet = await openSheet(input, unitName)
  drawFirstPageHead(sheet, input, unitName)
  tableHeader(sheet)
  drawTable(sheet, input.groups)
  drawFooters(sheet, `${unitName} · Cập nhật ngày ${input.updatedOn}`)
  sheet.doc.setCreationDate(new Date(input.updatedAt))
  sheet.doc.setModificationDate(new Date(input.updatedAt))
  return sheet.doc.save({ useObjectStreams: true })
}

/** Every text the list draws: a unit or procedure name with a letter Be Vietnam Pro lacks sets it in Noto Sans. */
const listTexts = (input: ProcedureListInput): string[] => [
  input.unit.name,
  input.unit.hotline ?? '',
  input.unit.oneStopAddress ?? '',
  input.unit.oneStopHours ?? '',
  input.publisher,
  input.nationalPortal.name,
  input.nationalPortal.url,
  ...input.groups.flatMap((group) => [group.field, ...group.rows.flatMap((row) => [row.code, row.name, row.pageUrl])]),
]

/** A new document with both weights of the font embedded, its metadata set, and its first page. */
async function openSheet(input: ProcedureListInput, unitName: string): Promise<Sheet> {
  const doc = await pdfLib().PDFDocument.create()
  doc.registerFontkit(sharedFontkit)
  const fonts = pdfFontBytes(listTexts(input))
  const regular = await doc.embedFont(fonts.regular, { subset: true, features: fonts.features })
  const bold = await doc.embedFont(fonts.bold, { subset: true, features: fonts.features })
  doc.setTitle(`${LIST_TITLE} – ${unitName}`)
  doc.setSubject(`${LIST_TITLE} của ${unitName}, cập nhật ngày ${input.updatedOn}`)
  doc.setAuthor(unitName)
  doc.setCreator(input.publisher.normalize('NFC'))
  doc.setProducer('Thư viện tuyên truyền dịch vụ công trực tuyến (pdf-lib)')
  doc.setLanguage('vi-VN')
  const page = doc.addPage([W, H])
  return { doc, regular, bold, pages: [page], page, y: H - MARGIN }
}

function text(sheet: Sheet, value: string, x: number, baseline: number, font: PDFFont, size: number, color: RGB) {
  return sheet.page.drawText(value, { x, y: baseline, size, font, color })
}

/** A page after the first: the table goes on under its header. */
function newTablePage(sheet: Sheet): void {
  sheet.page = sheet.doc.addPage([W, H])
  sheet.pages.push(sheet.page)
  sheet.y = H - MARGIN
  tableHeader(sheet)
}

/** The table's column heads, on the brand band. */
function tableHeader(sheet: Sheet): void {
  const h = 22
  const bold = sheet.bold
  sheet.page.drawRectangle({ x: MARGIN, y: sheet.y - h, width: TABLE_W, height: h, color: BRAND })
  const base = sheet.y - h + 7.5
  let x = MARGIN
  text(sheet, 'STT', x + PAD, base, bold, 9, WHITE)
  x += COLS.number
  text(sheet, 'Mã thủ tục', x + PAD, base, bold, 9, WHITE)
  x += COLS.code
  text(sheet, 'Tên thủ tục hành chính', x + PAD, base, bold, 9, WHITE)
  x += NAME_W
  text(sheet, 'Mã QR', x + PAD, base, bold, 9, WHITE)
  sheet.y -= h
}

/** Lines of one font and size, each `step` below the last, from the current y. */
function drawLines(sheet: Sheet, lines: string[], font: PDFFont, size: number, step: number, color: RGB): void {
  for (const line of lines) {
    sheet.y -= step
    text(sheet, line, MARGIN, sheet.y + 3, font, size, color)
  }
}

/** First page: title, the unit and its one-stop desk, the date, and the national portal's QR code on the right. */
function drawFirstPageHead(sheet: Sheet, input: ProcedureListInput, unitName: string): void {
  const { regular, bold } = sheet
  const headWidth = TABLE_W - PORTAL_QR - 14
  drawLines(sheet, wrapText(LIST_TITLE.toUpperCase(), bold, 13, headWidth), bold, 13, 13 * 1.3, BRAND)
  sheet.y -= 6
  drawLines(sheet, wrapText(unitName, bold, 12, headWidth), bold, 12, 12 * 1.3, INK)
  sheet.y -= 3
  for (const { label, value } of unitLines(input.unit)) {
    drawLines(sheet, wrapText(`${label}: ${value}`, regular, 9.5, headWidth), regular, 9.5, 9.5 * 1.35, INK)
  }
  drawLines(sheet, [`Cập nhật ngày ${input.updatedOn}`], regular, 9.5, 9.5 * 1.35, MUTED)
  const captionsBottom = drawPortalQr(sheet, input.nationalPortal)
  sheet.y = Math.min(sheet.y, captionsBottom)
  sheet.y -= 8
  const howTo =
    'Quét mã QR ở mỗi dòng để xem hướng dẫn thực hiện thủ tục; nộp hồ sơ trực tuyến tại Cổng Dịch vụ công quốc gia (dichvucong.gov.vn).'
  drawLines(sheet, wrapText(howTo, regular, 9, TABLE_W), regular, 9, 9 * 1.35, INK)
  sheet.y -= 8
}

/** The national portal's QR code in the top right corner, with its caption; returns the y below the caption. */
function drawPortalQr(sheet: Sheet, portal: ProcedureListInput['nationalPortal']): number {
  const { doc, page, regular } = sheet
  const qrTop = H - MARGIN
  const qrX = W - MARGIN - PORTAL_QR
  drawQr(doc, page, portal.url, qrX, qrTop - PORTAL_QR, PORTAL_QR)
  addLink(doc, page, portal.url, qrX, qrTop - PORTAL_QR, PORTAL_QR, PORTAL_QR)
  const captions = wrapText(`Nộp hồ sơ trực tuyến: ${portal.name}`, regular, 7.5, PORTAL_QR + 14)
  captions.forEach((line, i) => {
    const lineWidth = regular.widthOfTextAtSize(line, 7.5)
    // Centred under the code, but never past the right margin (the caption may be wider than the code).
    const x = Math.min(qrX + (PORTAL_QR - lineWidth) / 2, W - MARGIN - lineWidth)
    text(sheet, line, x, qrTop - PORTAL_QR - 9 - i * 9.5, regular, 7.5, MUTED)
  })
  return qrTop - PORTAL_QR - 9 - captions.length * 9.5
}

/** The rows, field by field, starting a new page (with the table's header) when the next row does not fit. */
function drawTable(sheet: Sheet, groups: ListGroup[]): void {
  groups.forEach((group, index) => {
    const label = fieldHeading(index, group.field)
    group.rows.forEach((row, rowIndex) => {
      const nameLines = wrapText(row.name, sheet.regular, TEXT, NAME_W - PAD * 2)
      const h = Math.max(nameLines.length * LINE + PAD * 2, QR_SIDE + 6)
      // A field's heading never ends a page alone; a field continued on a new page says so.
      const heading = rowIndex === 0 ? label : null
      const need = h + (heading ? fieldRowHeight(sheet.bold, heading) : 0)
      if (sheet.y - (MARGIN + FOOTER) < need) {
        newTablePage(sheet)
        fieldRow(sheet, heading ?? `${label} (tiếp theo)`)
      } else if (heading) fieldRow(sheet, heading)
      procedureRow(sheet, row, nameLines, h)
    })
  })
}

const fieldRowHeight = (bold: PDFFont, label: string) =>
  wrapText(label, bold, TEXT, TABLE_W - PAD * 2).length * LINE + PAD * 2 - 2

/** A field's heading across the whole table. */
function fieldRow(sheet: Sheet, label: string): void {
  const { page, bold, y } = sheet
  const lines = wrapText(label, bold, TEXT, TABLE_W - PAD * 2)
  const h = lines.length * LINE + PAD * 2 - 2
  page.drawRectangle({
    x: MARGIN,
    y: y - h,
    width: TABLE_W,
    height: h,
    color: BAND,
    borderColor: RULE,
    borderWidth: 0.5,
  })
  lines.forEach((line, i) => text(sheet, line, MARGIN + PAD, y - PAD - (i + 1) * LINE + 3.5, bold, TEXT, BRAND))
  sheet.y -= h
}

/** One procedure: STT, code, name (a link to its page) and the QR code of its page, `h` points tall. */
function procedureRow(sheet: Sheet, row: ListRow, nameLines: string[], h: number): void {
  const { doc, page, regular } = sheet
  const top = sheet.y
  page.drawRectangle({ x: MARGIN, y: top - h, width: TABLE_W, height: h, borderColor: RULE, borderWidth: 0.5 })
  let x = MARGIN
  text(sheet, String(row.number), x + PAD, top - PAD - LINE + 3.5, regular, TEXT, INK)
  x += COLS.number
  text(sheet, row.code, x + PAD, top - PAD - LINE + 3.5, regular, TEXT, INK)
  x += COLS.code
  nameLines.forEach((line, i) => text(sheet, line, x + PAD, top - PAD - (i + 1) * LINE + 3.5, regular, TEXT, INK))
  addLink(doc, page, row.pageUrl, x, top - h, NAME_W, h)
  x += NAME_W
  const qrY = top - (h + QR_SIDE) / 2
  drawQr(doc, page, row.pageUrl, x + (COLS.qr - QR_SIDE) / 2, qrY, QR_SIDE)
  addLink(doc, page, row.pageUrl, x + (COLS.qr - QR_SIDE) / 2, qrY, QR_SIDE, QR_SIDE)
  for (const lineX of [
    MARGIN + COLS.number,
    MARGIN + COLS.number + COLS.code,
    MARGIN + COLS.number + COLS.code + NAME_W,
  ]) {
    page.drawLine({ start: { x: lineX, y: top }, end: { x: lineX, y: top - h }, thickness: 0.5, color: RULE })
  }
  sheet.y -= h
}

/** «Trang x/y» on every page, and whose list it is and how current (`foot`): a page posted on its own still says so. */
function drawFooters(sheet: Sheet, foot: string): void {
  const { pages, regular } = sheet
  const total = pages.length
  pages.forEach((p, i) => {
    const label = `Trang ${i + 1}/${total}`
    p.drawLine({
      start: { x: MARGIN, y: MARGIN + 14 },
      end: { x: W - MARGIN, y: MARGIN + 14 },
      thickness: 0.5,
      color: RULE,
    })
    p.drawText(label, {
      x: W - MARGIN - regular.widthOfTextAtSize(label, 8.5),
      y: MARGIN,
      size: 8.5,
      font: regular,
      color: MUTED,
    })
    // Shrunk to fit rather than cut.
    const footSize = Math.min(8.5, (8.5 * (TABLE_W - 70)) / regular.widthOfTextAtSize(foot, 8.5))
    p.drawText(foot, { x: MARGIN, y: MARGIN, size: footSize, font: regular, color: MUTED })
  })
}
