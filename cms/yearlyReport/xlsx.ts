import ExcelJS from 'exceljs'

import { USAGE_EVENTS } from '../vocabulary'
import { dateSpan, kindText, reportSubtitle, STANDING_LABELS, TARGET_STANDING_LABELS } from './format'
import type { ReportInput } from './input'

/**
 * The report's figures as a workbook, numbers as numbers (so the province can
 * sum and sort them): «Tổng hợp» (usage, targets, coverage), «Hoạt động» (every
 * approved activity, one row each) and, for the roll-up, «Đơn vị».
 */
export async function renderReportXlsx(input: ReportInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = input.issuer.name
  workbook.created = new Date(input.generatedAt)
  workbook.modified = new Date(input.generatedAt)
  workbook.title = `Báo cáo năm ${input.year} – ${input.issuer.name}`
  summarySheet(workbook, input)
  activitySheet(workbook, input)
  if (input.kind === 'province') unitSheet(workbook, input)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const BOLD: Partial<ExcelJS.Font> = { bold: true }

function heading(sheet: ExcelJS.Worksheet, text: string): void {
  const row = sheet.addRow([text])
  row.font = BOLD
}

function tableHead(sheet: ExcelJS.Worksheet, titles: string[]): void {
  const row = sheet.addRow(titles)
  row.font = BOLD
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EFF7' } }
}

function summarySheet(workbook: ExcelJS.Workbook, input: ReportInput): void {
  const sheet = workbook.addWorksheet('Tổng hợp')
  sheet.columns = [{ width: 60 }, { width: 18 }, { width: 18 }, { width: 14 }]
  sheet.addRow([input.issuer.name]).font = { bold: true, size: 13 }
  sheet.addRow([reportSubtitle(input.year)]).font = BOLD
  sheet.addRow([])
  heading(sheet, 'Sử dụng tài liệu của Thư viện')
  tableHead(sheet, ['Chỉ số', `Năm ${input.year}`])
  for (const event of USAGE_EVENTS) sheet.addRow([event.label.vi, input.usage[event.value] ?? 0])
  sheet.addRow([])
  heading(sheet, 'Kết quả các chỉ tiêu')
  tableHead(sheet, ['Chỉ tiêu', 'Kết quả', 'Đánh giá'])
  for (const t of input.targets) sheet.addRow([t.title, t.figure, TARGET_STANDING_LABELS[t.standing]])
  sheet.addRow([])
  heading(sheet, 'Thủ tục toàn trình có tài liệu hướng dẫn')
  tableHead(sheet, ['Phạm vi', 'Thủ tục toàn trình', 'Có hướng dẫn', 'Tỷ lệ'])
  for (const row of input.coverage.rows) addShareRow(sheet, row.name, row.total, row.covered)
  addShareRow(sheet, 'Toàn tỉnh', input.coverage.overall.total, input.coverage.overall.covered).font = BOLD
}

function addShareRow(sheet: ExcelJS.Worksheet, name: string, total: number, covered: number): ExcelJS.Row {
  const row = sheet.addRow([name, total, covered, total === 0 ? null : covered / total])
  row.getCell(4).numFmt = '0.0%'
  return row
}

/** A sheet of one table: bold header row kept in view while scrolling. */
function tableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: { header: string; width: number }[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name)
  sheet.columns = columns
  sheet.getRow(1).font = BOLD
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  return sheet
}

function activitySheet(workbook: ExcelJS.Workbook, input: ReportInput): void {
  const sheet = tableSheet(workbook, 'Hoạt động', [
    { header: 'STT', width: 6 },
    { header: 'Ngày', width: 22 },
    { header: 'Đơn vị', width: 30 },
    { header: 'Hình thức', width: 34 },
    { header: 'Địa điểm', width: 26 },
    { header: 'Tài liệu sử dụng', width: 40 },
    { header: 'Số người', width: 11 },
    { header: 'Số bản', width: 11 },
    { header: 'Số phút', width: 11 },
    { header: 'Số lần', width: 11 },
  ])
  const activities = [...input.activities].sort((a, b) => a.startDate.localeCompare(b.startDate))
  activities.forEach((a, i) => {
    sheet.addRow([
      i + 1,
      dateSpan(a),
      a.unitName,
      kindText(a),
      a.place ?? '',
      a.materials.join('; '),
      a.reach.people ?? null,
      a.reach.copies ?? null,
      a.reach.minutes ?? null,
      a.reach.times ?? null,
    ])
  })
}

function unitSheet(workbook: ExcelJS.Workbook, input: ReportInput): void {
  const sheet = tableSheet(workbook, 'Đơn vị', [
    { header: 'STT', width: 6 },
    { header: 'Đơn vị', width: 40 },
    { header: 'Báo cáo', width: 20 },
    { header: 'Ngày nộp', width: 14 },
    { header: 'Hoạt động', width: 12 },
    { header: 'Người tham dự', width: 14 },
    { header: 'Lượt dùng tài liệu', width: 16 },
    { header: 'Cổng TTĐT có nhúng', width: 16 },
  ])
  ;(input.units ?? []).forEach((u, i) => {
    sheet.addRow([
      i + 1,
      u.name,
      STANDING_LABELS[u.standing],
      u.submittedAt ? new Date(u.submittedAt) : null,
      u.activities,
      u.people,
      u.usage,
      u.portalSeen ? 'Có' : 'Chưa',
    ])
    const row = sheet.lastRow
    if (u.submittedAt && row) row.getCell(4).numFmt = 'dd/mm/yyyy'
  })
}
