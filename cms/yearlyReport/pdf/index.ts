import { PDFDocument } from 'pdf-lib'

import { numberLine, placeDateLine, reportSubtitle } from '../format'
import type { ReportInput } from '../input'
import { type Block, buildOutline } from '../outline'
import { embedFonts } from './fonts'
import { A4, CONTENT, drawRule, drawText, ensureRoom, MARGIN, RULE, type Sheet } from './sheet'
import { drawTable } from './table'

const BODY = 11

/**
 * A PDF preview of the yearly report: the same words as the DOCX
 * (outline/index.ts), laid out with pdf-lib in Be Vietnam Pro, so the admin
 * can look before downloading the Word file to number and sign.
 */
export async function renderReportPdf(input: ReportInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const fonts = await embedFonts(doc)
  const page = doc.addPage([A4.width, A4.height])
  const sheet: Sheet = { doc, fonts, pages: [page], page, y: A4.height - MARGIN.top }
  doc.setTitle(`Báo cáo năm ${input.year} – ${input.issuer.name}`)
  doc.setAuthor(input.issuer.name)
  doc.setSubject(reportSubtitle(input.year))
  doc.setLanguage('vi-VN')
  doc.setProducer('Thư viện tuyên truyền dịch vụ công trực tuyến (pdf-lib)')
  doc.setCreationDate(new Date(input.generatedAt))
  doc.setModificationDate(new Date(input.generatedAt))
  drawHeader(sheet, input)
  drawTitle(sheet, input)
  for (const block of buildOutline(input)) drawBlock(sheet, block)
  drawSignature(sheet, input)
  drawPageNumbers(sheet)
  return doc.save({ useObjectStreams: true })
}

/** Two columns drawn from the same top: returns to the lower of their bottoms. */
function columns(
  sheet: Sheet,
  leftShare: number,
  left: (x: number, w: number) => void,
  right: (x: number, w: number) => void,
) {
  const top = sheet.y
  const leftWidth = CONTENT * leftShare
  left(MARGIN.left, leftWidth)
  const leftBottom = sheet.y
  sheet.y = top
  right(MARGIN.left + leftWidth, CONTENT - leftWidth)
  sheet.y = Math.min(sheet.y, leftBottom)
}

function drawHeader(sheet: Sheet, input: ReportInput): void {
  const { regular, bold, italic } = sheet.fonts
  columns(
    sheet,
    0.4,
    (x, width) => {
      if (input.issuer.parentName)
        drawText(sheet, input.issuer.parentName.toUpperCase(), { font: regular, size: 10, x, width, align: 'center' })
      drawText(sheet, input.issuer.name.toUpperCase(), { font: bold, size: 10, x, width, align: 'center' })
      drawRule(sheet, x, width, 0.3)
      drawText(sheet, numberLine(input), { font: regular, size: 10, x, width, align: 'center' })
    },
    (x, width) => {
      drawText(sheet, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { font: bold, size: 10, x, width, align: 'center' })
      drawText(sheet, 'Độc lập - Tự do - Hạnh phúc', { font: bold, size: 10.5, x, width, align: 'center' })
      drawRule(sheet, x, width, 0.5)
      drawText(sheet, placeDateLine(input), { font: italic, size: 10.5, x, width, align: 'center' })
    },
  )
}

function drawTitle(sheet: Sheet, input: ReportInput): void {
  const { regular, bold } = sheet.fonts
  const at = { x: MARGIN.left, width: CONTENT, align: 'center' as const }
  sheet.y -= 14
  drawText(sheet, 'BÁO CÁO', { ...at, font: bold, size: 13 })
  drawText(sheet, reportSubtitle(input.year), { ...at, font: bold, size: 11.5 })
  drawRule(sheet, MARGIN.left, CONTENT, 0.2)
  drawText(sheet, `Kính gửi: ${input.addressee}.`, { ...at, font: regular, size: BODY })
  sheet.y -= 8
}

function drawBlock(sheet: Sheet, block: Block): void {
  const { regular, bold, italic } = sheet.fonts
  const at = { x: MARGIN.left, width: CONTENT, size: BODY, indent: 20 }
  switch (block.type) {
    case 'heading':
    case 'subheading':
      ensureRoom(sheet, BODY * 4)
      sheet.y -= 3
      return drawText(sheet, block.text, { ...at, font: bold })
    case 'paragraph':
      return drawText(sheet, block.text, { ...at, font: block.italic ? italic : regular })
    case 'caption':
      ensureRoom(sheet, BODY * 5)
      sheet.y -= 4
      return drawText(sheet, block.text, { ...at, indent: 0, font: bold, align: 'center' })
    case 'table':
      sheet.y -= 4
      return drawTable(sheet, block.columns, block.rows, block.total)
  }
}

function drawSignature(sheet: Sheet, input: ReportInput): void {
  const { regular, bold, italic } = sheet.fonts
  ensureRoom(sheet, 150)
  sheet.y -= 12
  columns(
    sheet,
    0.5,
    (x, width) => {
      drawText(sheet, 'Nơi nhận:', { font: bold, size: 10, x, width })
      input.recipients.forEach((r, i) =>
        drawText(sheet, `- ${r}${i === input.recipients.length - 1 ? '.' : ';'}`, {
          font: regular,
          size: 9.5,
          x,
          width,
        }),
      )
    },
    (x, width) => {
      for (const line of input.signer.title.split('\n'))
        drawText(sheet, line.toUpperCase(), { font: bold, size: 10.5, x, width, align: 'center' })
      drawText(sheet, '(Ký, ghi rõ họ tên, đóng dấu)', { font: italic, size: 10, x, width, align: 'center' })
      sheet.y -= 56
      if (input.signer.name) drawText(sheet, input.signer.name, { font: bold, size: 11, x, width, align: 'center' })
    },
  )
}

function drawPageNumbers(sheet: Sheet): void {
  const { regular } = sheet.fonts
  const total = sheet.pages.length
  sheet.pages.forEach((page, i) => {
    const label = `Trang ${i + 1}/${total}`
    const width = regular.widthOfTextAtSize(label, 8.5)
    page.drawText(label, {
      x: A4.width - MARGIN.right - width,
      y: MARGIN.bottom - 24,
      size: 8.5,
      font: regular,
      color: RULE,
    })
  })
}
