/**
 * A procedure catalogue laid out like a real annex to a Lai Châu decision
 * ("Danh mục TTHC cung cấp DVCTT toàn trình, một phần"), built from the seed's
 * procedures so that the demo data matches: importing the plain file into a
 * freshly seeded CMS changes nothing.
 *
 * - sheet «Cấp tỉnh»: national and decision title rows, a header whose
 *   "Mức độ DVCTT" is merged over "Toàn trình" / "Một phần" sub-columns marked
 *   "x", a row numbering the columns, section rows "I. Lĩnh vực Hộ tịch"
 *   merged across, a "Cơ quan thực hiện" column, footnotes;
 * - sheet «Cấp xã»: other header wording ("Mã số", "Tên TTHC", "Mức độ" with
 *   the level in words, written several ways), sections as "I" + "Lĩnh vực …"
 *   in two cells, no agency column;
 * - some codes stored as numbers (with and without a "0.000000" format).
 *
 * Options add exactly three bad rows, or give the "changed" edition (two
 * level changes, one rename, one procedure dropped, one added).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import ExcelJS from 'exceljs'

import { dataDir } from '@dvctt/cms/lib/paths'

import { FIELD_AGENCY, type ProcedureSeed } from './data/procedures'
import { type CatalogueOptions, catalogueProcedures } from './catalogueProcedures'

// What a catalogue lists lives in catalogueProcedures.ts; tests, the demo and the bench import it from here too.
export {
  CATALOGUE_CHANGES,
  type CatalogueOptions,
  catalogueProcedures,
  syntheticProcedures,
} from './catalogueProcedures'

/** The bad rows' reasons, in the order they appear (sheet «Cấp tỉnh» first). */
export const BAD_ROWS = {
  missingCode: 'Không có mã thủ tục.',
  /** A second row for 2.000505 that says "một phần" where the first says "toàn trình". */
  duplicateCode: '2.000505',
  /** A commune procedure whose level reads "Mức độ 2". */
  unknownLevel: { code: '1.099001', text: 'Mức độ 2' },
} as const

export const PROVINCE_SHEET = 'Cấp tỉnh'
export const COMMUNE_SHEET = 'Cấp xã'

const DECISION = '(Kèm theo Quyết định số 1456/QĐ-UBND ngày 15/08/2025 của Chủ tịch Ủy ban nhân dân tỉnh Lai Châu)'

const ROMAN = ['M', 'CM', 'D', 'CD', 'C', 'XC', 'L', 'XL', 'X', 'IX', 'V', 'IV', 'I'] as const
const ROMAN_VALUES = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1] as const
export function roman(n: number): string {
  let out = ''
  ROMAN_VALUES.forEach((value, i) => {
    while (n >= value) {
      out += ROMAN[i]
      n -= value
    }
  })
  return out
}

/** "Sở Tư pháp" as the decision writes it: "Sở Tư pháp tỉnh Lai Châu". */
function agencyText(procedure: ProcedureSeed): string {
  const agency = FIELD_AGENCY[procedure.field]
  if (!agency) return ''
  return /tỉnh/.test(agency) ? agency : `${agency} tỉnh Lai Châu`
}

function groupByField(procedures: ProcedureSeed[]): [string, ProcedureSeed[]][] {
  const groups = new Map<string, ProcedureSeed[]>()
  for (const procedure of procedures) groups.set(procedure.field, [...(groups.get(procedure.field) ?? []), procedure])
  return [...groups]
}

/** Every third code is a number, as when a clerk typed it into a General or "0.000000" cell. */
function setCode(cell: ExcelJS.Cell, code: string, index: number): void {
  if (index % 3 !== 1) {
    cell.value = code
    return
  }
  cell.value = Number(code)
  // 2.000720 as a plain number would read 2.00072: the real files format such cells.
  if (code.endsWith('0')) cell.numFmt = '0.000000'
}

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
}

function titleRows(sheet: ExcelJS.Worksheet, width: number, level: string): void {
  sheet.getCell(1, 1).value = 'ỦY BAN NHÂN DÂN'
  sheet.getCell(2, 1).value = 'TỈNH LAI CHÂU'
  sheet.getCell(1, 4).value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
  sheet.getCell(2, 4).value = 'Độc lập - Tự do - Hạnh phúc'
  sheet.mergeCells(1, 4, 1, width)
  sheet.mergeCells(2, 4, 2, width)
  sheet.getCell(4, 1).value =
    `DANH MỤC THỦ TỤC HÀNH CHÍNH CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH, MỘT PHẦN THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA ${level.toUpperCase()}`
  sheet.mergeCells(4, 1, 4, width)
  sheet.getCell(5, 1).value = DECISION
  sheet.mergeCells(5, 1, 5, width)
  for (const r of [1, 2, 4]) sheet.getRow(r).font = { bold: true }
}

function footnotes(sheet: ExcelJS.Worksheet, width: number, count: number): void {
  sheet.addRow([])
  const notes = [
    `Tổng số: ${count} thủ tục hành chính.`,
    'Ghi chú: (x) là mức độ cung cấp dịch vụ công trực tuyến của thủ tục; tra cứu chi tiết tại https://dichvucong.gov.vn.',
    '(*) Danh mục được cập nhật theo Cơ sở dữ liệu quốc gia về thủ tục hành chính.',
  ]
  for (const note of notes) {
    const row = sheet.addRow([note])
    sheet.mergeCells(row.number, 1, row.number, width)
    row.font = { italic: true }
  }
}

function provinceSheet(book: ExcelJS.Workbook, procedures: ProcedureSeed[], badRows: boolean): void {
  const sheet = book.addWorksheet(PROVINCE_SHEET)
  const width = 7
  sheet.columns = [
    { width: 6 },
    { width: 12 },
    { width: 60 },
    { width: 11 },
    { width: 11 },
    { width: 34 },
    { width: 16 },
  ]
  titleRows(sheet, width, 'cấp tỉnh')
  // Two-row header: STT, code, name, agency and notes merged down; the level merged across its sub-columns.
  sheet.getRow(7).values = [
    'STT',
    'Mã TTHC',
    'Tên thủ tục hành chính',
    'Mức độ DVCTT',
    null,
    'Cơ quan thực hiện',
    'Ghi chú',
  ]
  sheet.getRow(8).values = [null, null, null, 'Toàn trình', 'Một phần', null, null]
  for (const c of [1, 2, 3, 6, 7]) sheet.mergeCells(7, c, 8, c)
  sheet.mergeCells(7, 4, 7, 5)
  sheet.getRow(9).values = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)']
  for (const r of [7, 8, 9]) sheet.getRow(r).font = { bold: true }
  let index = 0
  groupByField(procedures).forEach(([field, group], g) => {
    const section = sheet.addRow([`${roman(g + 1)}. Lĩnh vực ${field}`])
    sheet.mergeCells(section.number, 1, section.number, width)
    section.font = { bold: true }
    for (const procedure of group) {
      index++
      const row = sheet.addRow([
        index,
        null,
        procedure.name,
        procedure.onlineLevel === 'full' ? 'x' : null,
        procedure.onlineLevel === 'partial' ? 'x' : null,
        agencyText(procedure),
        null,
      ])
      setCode(row.getCell(2), procedure.code, index)
    }
    if (badRows && g === 0) {
      // No code: the clerk left the cell empty.
      sheet.addRow([
        ++index,
        null,
        'Cấp Phiếu lý lịch tư pháp cho người đã chấp hành xong án phạt',
        'x',
        null,
        'Sở Tư pháp tỉnh Lai Châu',
        null,
      ])
    }
    const original = group.find((procedure) => procedure.code === BAD_ROWS.duplicateCode)
    if (badRows && original) {
      // The same code again in its section, now "một phần": the file contradicts itself.
      const full = original.onlineLevel === 'full'
      sheet.addRow([
        ++index,
        BAD_ROWS.duplicateCode,
        original.name,
        full ? null : 'x',
        full ? 'x' : null,
        agencyText(original),
        null,
      ])
    }
  })
  sheet.eachRow((row, r) => {
    if (r >= 7) row.eachCell({ includeEmpty: true }, (cell) => (cell.border = thin))
  })
  footnotes(sheet, width, index)
}

/** The commune sheet writes the level in words, as several provinces do. */
const LEVEL_WORDS: Record<ProcedureSeed['onlineLevel'], readonly string[]> = {
  full: ['Toàn trình', 'toàn trình', 'TT', 'Mức độ 4'],
  partial: ['Một phần', 'một phần', 'Mức độ 3'],
}

function communeSheet(book: ExcelJS.Workbook, procedures: ProcedureSeed[], badRows: boolean): void {
  const sheet = book.addWorksheet(COMMUNE_SHEET)
  const width = 5
  sheet.columns = [{ width: 6 }, { width: 12 }, { width: 60 }, { width: 14 }, { width: 16 }]
  titleRows(sheet, width, 'cấp xã')
  sheet.getRow(7).values = ['STT', 'Mã số', 'Tên TTHC', 'Mức độ', 'Ghi chú']
  sheet.getRow(7).font = { bold: true }
  let index = 0
  groupByField(procedures).forEach(([field, group], g) => {
    // "I" in the STT column, the field in the name column.
    sheet.addRow([roman(g + 1), null, `Lĩnh vực ${field}`, null, null]).font = { bold: true }
    for (const procedure of group) {
      index++
      const words = LEVEL_WORDS[procedure.onlineLevel]
      const row = sheet.addRow([index, null, procedure.name, words[index % words.length], null])
      setCode(row.getCell(2), procedure.code, index)
    }
    if (badRows && g === 0) {
      sheet.addRow([
        ++index,
        BAD_ROWS.unknownLevel.code,
        'Đăng ký khai sinh lưu động',
        BAD_ROWS.unknownLevel.text,
        null,
      ])
    }
  })
  footnotes(sheet, width, index)
}

/** The XLSX bytes of a province catalogue (see the module comment). */
export async function buildProvinceCatalogue(options: CatalogueOptions = {}): Promise<Buffer> {
  const procedures = catalogueProcedures(options)
  const book = new ExcelJS.Workbook()
  book.creator = 'Văn phòng UBND tỉnh Lai Châu'
  provinceSheet(
    book,
    procedures.filter((procedure) => procedure.implementingLevel === 'province'),
    Boolean(options.badRows),
  )
  communeSheet(
    book,
    procedures.filter((procedure) => procedure.implementingLevel === 'commune'),
    Boolean(options.badRows),
  )
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** Where the seed leaves sample catalogues for an editor to try the admin import. */
export const SAMPLE_CATALOGUE = path.join(dataDir, 'mau-danh-muc-thu-tuc.xlsx')
export const SAMPLE_CATALOGUE_CHANGED = path.join(dataDir, 'mau-danh-muc-thu-tuc-sua-doi.xlsx')

/**
 * Writes the sample catalogue (with its three bad rows) and its later edition
 * into cms/data/. Written whole then renamed, so a reader never sees half a file.
 */
export async function writeSampleCatalogues(): Promise<string[]> {
  await mkdir(dataDir, { recursive: true })
  const written: string[] = []
  for (const [file, options] of [
    [SAMPLE_CATALOGUE, { badRows: true }],
    [SAMPLE_CATALOGUE_CHANGED, { badRows: true, changed: true }],
  ] as const) {
    const partial = `${file}.${process.pid}.tmp`
    await writeFile(partial, await buildProvinceCatalogue(options))
    await rename(partial, file)
    written.push(file)
  }
  return written
}
