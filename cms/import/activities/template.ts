import ExcelJS from 'exceljs'

import { ACTIVITY_KINDS, REACH_BY_KIND, REACH_LABELS, SOCIAL_PLATFORMS } from '../../vocabulary'
import { COLUMNS } from './columns'

export const TEMPLATE_FILE_NAME = 'mau-so-hoat-dong-tuyen-truyen.xlsx'

/**
 * The spreadsheet units fill in from their paper logs: one row per activity under Vietnamese headers,
 * a drop-down of kinds, and a second sheet («Danh mục») listing the kinds and which figures fit each.
 */
export async function buildActivityTemplate(example?: { unitName: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Thư viện tuyên truyền DVCTT'
  const sheet = workbook.addWorksheet('Hoạt động')
  sheet.columns = COLUMNS.map(({ header, width }) => ({ header, width }))
  sheet.getRow(1).font = { bold: true }
  COLUMNS.forEach(({ note }, index) => {
    if (note) sheet.getCell(1, index + 1).note = note
  })
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  const kinds = `"${ACTIVITY_KINDS.map(({ label }) => label.vi.replace(/,/g, '')).join(',')}"`
  for (let row = 2; row <= 500; row++) {
    sheet.getCell(row, 1).dataValidation = { type: 'list', allowBlank: true, formulae: [kinds] }
    sheet.getCell(row, 2).numFmt = 'dd/mm/yyyy'
    sheet.getCell(row, 3).numFmt = 'dd/mm/yyyy'
  }
  if (example)
    sheet.addRow([
      ACTIVITY_KINDS[0].label.vi,
      '15/03/2026',
      '',
      example.unitName,
      'Nhà văn hóa bản',
      850,
      '',
      30,
      2,
      '',
      '',
      'Dòng ví dụ: xóa trước khi nạp.',
    ])

  const list = workbook.addWorksheet('Danh mục')
  list.columns = [
    { header: 'Loại hoạt động', width: 50 },
    { header: 'Các số liệu phù hợp', width: 70 },
  ]
  list.getRow(1).font = { bold: true }
  for (const { value, label } of ACTIVITY_KINDS)
    list.addRow([label.vi, REACH_BY_KIND[value].map((field) => REACH_LABELS[field].vi).join('; ')])
  list.addRow([])
  list.addRow(['Mạng xã hội', SOCIAL_PLATFORMS.map(({ label }) => label.vi).join(', ')])
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
