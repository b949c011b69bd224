import type ExcelJS from 'exceljs'

import { unitLines } from './printKitPdf'
import { fieldHeading, LIST_TITLE, type ProcedureListInput } from './procedureList'
import { qrPng } from './qrCode'
import { siteRequire } from './siteRequire'

/**
 * A unit's list of toàn trình procedures as an Excel sheet ready to print
 * (lib/procedureList.ts): A4 landscape fitted to the page width, title rows
 * merged, the table header frozen and repeated on every printed page, wrapped
 * names, links to the procedure's page and to «Nộp hồ sơ trực tuyến», and a QR
 * code per row. Pure (data in, bytes out).
 */

// Loaded at run time from the site's node_modules, not bundled (lib/siteRequire.ts).
let excelModule: typeof ExcelJS | undefined
const excel = () => (excelModule ??= siteRequire('exceljs') as typeof ExcelJS)

/** Small PNGs (≈ 2.5 cm printed), one per address per build: every commune lists the same procedures. */
const qrImages = new Map<string, Buffer>()
const qrImage = (url: string) => {
  let png = qrImages.get(url)
  if (!png) qrImages.set(url, (png = qrPng(url, 240)))
  return png
}

export const SHEET_NAME = 'Thủ tục toàn trình'
export const XLSX_HEADERS = [
  'STT',
  'Mã thủ tục',
  'Tên thủ tục hành chính',
  'Hướng dẫn',
  'Nộp hồ sơ trực tuyến',
  'Mã QR',
] as const
const COLUMN_WIDTHS = [6, 13, 72, 20, 22, 13]
const LAST_COL = 'F'
const QR_PX = 76
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0F5EA8' }, underline: true }
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFCCDB' } },
  bottom: { style: 'thin', color: { argb: 'FFBFCCDB' } },
  left: { style: 'thin', color: { argb: 'FFBFCCDB' } },
  right: { style: 'thin', color: { argb: 'FFBFCCDB' } },
}

export async function renderProcedureListXlsx(input: ProcedureListInput): Promise<Uint8Array> {
  const workbook = new (excel().Workbook)()
  const when = new Date(input.updatedAt)
  workbook.creator = input.publisher
  workbook.lastModifiedBy = input.publisher
  workbook.created = when
  workbook.modified = when
  workbook.title = `${LIST_TITLE} – ${input.unit.name}`

  const sheet = workbook.addWorksheet(SHEET_NAME, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${input.unit.name.replace(/&/g, '&&')}&RTrang &P/&N` },
  })
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }))

  const merged = (value: string, font: Partial<ExcelJS.Font>, height?: number) => {
    const row = sheet.addRow([value])
    sheet.mergeCells(`A${row.number}:${LAST_COL}${row.number}`)
    row.getCell(1).font = font
    row.getCell(1).alignment = {
      wrapText: true,
      vertical: 'middle',
      horizontal: font.bold && font.size && font.size >= 14 ? 'center' : 'left',
    }
    // Excel never grows a merged row to fit its text: a long address gets a line per ≈ 130 characters of the sheet's width.
    row.height = Math.max(height ?? 0, Math.ceil(value.length / 130) * 15 + 3)
    return row
  }
  merged(LIST_TITLE.toUpperCase(), { bold: true, size: 14, color: { argb: 'FF0F5EA8' } }, 40)
  merged(input.unit.name, { bold: true, size: 12 }, 20)
  for (const { label, value } of unitLines(input.unit)) merged(`${label}: ${value}`, { size: 11 })
  merged(`Cập nhật ngày ${input.updatedOn}`, { italic: true, size: 11, color: { argb: 'FF616B7A' } })
  const portalText = `Nộp hồ sơ trực tuyến tại ${input.nationalPortal.name}: ${input.nationalPortal.url}`
  const portal = merged(portalText, { size: 11 })
  portal.getCell(1).value = { text: portalText, hyperlink: input.nationalPortal.url }
  portal.getCell(1).font = { size: 11, ...LINK_FONT }
  sheet.addRow([])

  const header = sheet.addRow([...XLSX_HEADERS])
  header.height = 22
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0F5EA8' } }
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
    cell.border = THIN
  })
  sheet.views = [{ state: 'frozen', ySplit: header.number, showGridLines: false }]
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`

  const imageIds = new Map<string, number>()
  input.groups.forEach((group, index) => {
    const fieldRow = sheet.addRow([fieldHeading(index, group.field)])
    sheet.mergeCells(`A${fieldRow.number}:${LAST_COL}${fieldRow.number}`)
    fieldRow.getCell(1).font = { bold: true, color: { argb: 'FF0F5EA8' } }
    fieldRow.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDF4FC' } }
    fieldRow.getCell(1).border = THIN
    fieldRow.height = 20
    for (const item of group.rows) {
      const row = sheet.addRow([
        item.number,
        item.code,
        item.name,
        { text: 'Xem hướng dẫn', hyperlink: item.pageUrl },
        { text: 'Nộp hồ sơ trực tuyến', hyperlink: item.portalUrl },
        '',
      ])
      // Tall enough for the QR code, and for a name wrapped over several lines (≈ 68 characters a line at this width, kept
      // low so a wide-lettered name never loses its last line: Excel does not grow a row whose height is set).
      row.height = Math.max(62, Math.ceil(item.name.length / 68) * 15 + 8)
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cell.border = THIN
        cell.alignment = { vertical: 'middle', wrapText: true, horizontal: col === 1 || col === 2 ? 'center' : 'left' }
        if (col === 4 || col === 5) cell.font = LINK_FONT
      })
      let imageId = imageIds.get(item.pageUrl)
      if (imageId === undefined) {
        imageId = workbook.addImage({ buffer: qrImage(item.pageUrl) as unknown as ExcelJS.Buffer, extension: 'png' })
        imageIds.set(item.pageUrl, imageId)
      }
      // Zero-based anchor inside column F of this row, a little in from its corner.
      sheet.addImage(imageId, {
        tl: { col: 5.12, row: row.number - 1 + 0.04 },
        ext: { width: QR_PX, height: QR_PX },
        editAs: 'oneCell',
      })
    }
  })

  const bytes = await workbook.xlsx.writeBuffer()
  return new Uint8Array(bytes as ArrayBuffer)
}
