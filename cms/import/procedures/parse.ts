/**
 * Reads a government procedure catalogue (XLSX or CSV) into procedure records.
 * Files come as published by ministries and provinces: title and decision rows
 * above the header, header wording that varies, merged cells, section rows
 * ("I. Lĩnh vực Hộ tịch") that give the field of the rows below, several
 * sheets, footnotes. Rows that cannot be understood are rejected with a reason
 * in Vietnamese; the rest is returned in file order.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { type Grid, ImportFileError, notDecodable, readGrids } from './read'

export { ImportFileError, MAX_IMPORT_BYTES } from './read'

export type OnlineLevel = 'full' | 'partial'
export type ImplementingLevel = 'province' | 'commune'

export interface ParsedProcedure {
  code: string
  name: string
  field: string
  onlineLevel: OnlineLevel
  implementingLevel: ImplementingLevel
  /** Only when the file has a link column: a file without one must not clear existing links. */
  nationalPortalUrl?: string
  /** Only when the file has an agency column ("Cơ quan thực hiện"): the names as written, one per agency. */
  agencies?: string[]
  /** Where the row is, for messages about it; not compared. */
  source?: { sheet: string; row: number }
}

export interface RowNote {
  sheet: string
  /** 1-based row number as the spreadsheet shows it. */
  row: number
  reason: string
  /** The row's code when it had a well-formed one, so that a rejected row is not taken for a withdrawn procedure. */
  code?: string
}

export interface ParsedCatalogue {
  procedures: ParsedProcedure[]
  rejected: RowNote[]
  warnings: RowNote[]
}

type Column = 'code' | 'name' | 'field' | 'onlineLevel' | 'implementingLevel' | 'nationalPortalUrl' | 'agencies'

const normalise = (text: string): string => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()

const HEADER_PATTERNS: Record<Column, RegExp> = {
  code: /^(mã tthc|mã thủ tục|mã số)/,
  name: /^(tên thủ tục|tên tthc)/,
  field: /^lĩnh vực/,
  onlineLevel: /^(mức độ|dịch vụ công trực tuyến|dvctt)/,
  implementingLevel: /^cấp thực hiện/,
  agencies: /^cơ quan (thực hiện|giải quyết)/,
  nationalPortalUrl: /(đường dẫn|liên kết|url)/,
}

const CODE_FORMAT = /^\d+\.\d{3,}$/

export function normaliseOnlineLevel(text: string): OnlineLevel | undefined {
  const value = normalise(text).replace(/[.:]$/, '')
  if (/^(toàn trình|tt|(dvc(tt)?|mức độ|mức) ?4|4)$/.test(value)) return 'full'
  if (/^(một phần|mp|(dvc(tt)?|mức độ|mức) ?3|3)$/.test(value)) return 'partial'
  return undefined
}

export function normaliseImplementingLevel(text: string): { level?: ImplementingLevel; district?: boolean } {
  const value = normalise(text)
  const province = value.includes('tỉnh')
  const commune = value.includes('xã')
  const district = value.includes('huyện')
  if (province && !commune && !district) return { level: 'province' }
  if (!province && (commune || district)) return { level: 'commune', district }
  return {}
}

/** "I. Lĩnh vực Hộ tịch" → "Hộ tịch"; undefined for any other row. */
function sectionField(text: string): string | undefined {
  const match = /^(?:[IVXLC]+|[A-Z]|\d+)\s*[.)/-]?\s*lĩnh vực\s*[:.-]?\s*(.+)$/iu.exec(text.normalize('NFC').trim())
  return match?.[1]?.trim()
}

/** "A. Thủ tục cấp xã", a sheet named "Cấp tỉnh": the level for the rows below. */
function sectionLevel(text: string): ImplementingLevel | undefined {
  const value = normalise(text)
  if (!/cấp (tỉnh|xã|huyện)/.test(value)) return undefined
  return normaliseImplementingLevel(value).level
}

interface Header {
  row: number
  columns: Partial<Record<Column, number>>
  /** For a level header merged over sub-columns marked "x": sub-column index → level. */
  onlineMarks: Map<number, OnlineLevel>
  texts: Set<string>
}

function findHeader(rows: string[][]): Header | undefined {
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r] ?? []
    const columns: Partial<Record<Column, number>> = {}
    const spans = new Map<Column, number[]>()
    cells.forEach((cell, c) => {
      const text = normalise(cell)
      if (!text) return
      for (const [column, pattern] of Object.entries(HEADER_PATTERNS) as [Column, RegExp][]) {
        if (!pattern.test(text)) continue
        if (columns[column] === undefined) columns[column] = c
        spans.set(column, [...(spans.get(column) ?? []), c])
        break
      }
    })
    if (columns.code === undefined || columns.name === undefined) continue
    const onlineMarks = new Map<number, OnlineLevel>()
    const below = rows[r + 1] ?? []
    // Only a header merged over several columns has sub-columns; one column holds the level in words.
    const levelColumns = spans.get('onlineLevel') ?? []
    if (levelColumns.length > 1) {
      for (const c of levelColumns) {
        const level = normaliseOnlineLevel(below[c] ?? '')
        if (level) onlineMarks.set(c, level)
      }
    }
    return { row: r, columns, onlineMarks, texts: new Set(cells.map(normalise).filter(Boolean)) }
  }
  return undefined
}

interface SheetState {
  field?: string
  level?: ImplementingLevel
}

export function parseGrids(grids: Grid[]): ParsedCatalogue {
  const result: ParsedCatalogue = { procedures: [], rejected: [], warnings: [] }
  const seen = new Map<string, { procedure: ParsedProcedure; sheet: string; row: number }>()
  let headersFound = 0
  for (const grid of grids) {
    if (grid.encoding) {
      result.warnings.push({
        sheet: grid.sheet,
        row: 0,
        reason: 'Tệp CSV không mã hóa UTF-8 nên đã được đọc theo bảng mã Windows-1258. Hãy kiểm tra dấu tiếng Việt trong bản xem trước; lần sau nên «Lưu thành» kiểu «CSV UTF-8».',
      })
    }
    const header = findHeader(grid.rows)
    if (!header) continue
    headersFound++
    const state: SheetState = { level: sectionLevel(grid.sheet) }
    for (let r = header.row + 1; r < grid.rows.length; r++) {
      const note = (reason: string): RowNote => ({ sheet: grid.sheet, row: r + 1, reason })
      const parsed = parseRow(grid.rows[r] ?? [], header, state, note, result.warnings)
      if (!parsed) continue
      if ('reason' in parsed) {
        const code = (grid.rows[r]?.[header.columns.code ?? -1] ?? '').trim()
        result.rejected.push(CODE_FORMAT.test(code) ? { ...parsed, code } : parsed)
        continue
      }
      const earlier = seen.get(parsed.code)
      if (earlier) {
        const differences = differingFields(earlier.procedure, parsed)
        if (differences.length > 0) {
          result.rejected.push({
            ...note(
              `Mã ${parsed.code} trùng với dòng ${earlier.row} (trang «${earlier.sheet}») nhưng khác ${differences.join(', ')}. ` +
                `Dòng ${earlier.row} được nạp; nếu dòng này mới đúng, sửa dòng ${earlier.row} rồi nạp lại.`,
            ),
            code: parsed.code,
          })
        }
        continue
      }
      seen.set(parsed.code, { procedure: parsed, sheet: grid.sheet, row: r + 1 })
      result.procedures.push({ ...parsed, source: { sheet: grid.sheet, row: r + 1 } })
    }
  }
  if (headersFound === 0) {
    if (grids.some((grid) => grid.encoding)) throw notDecodable(grids[0]?.sheet ?? '')
    throw new ImportFileError(
      'Không tìm thấy dòng tiêu đề của danh mục: cần có cột «Mã TTHC» (hoặc «Mã thủ tục», «Mã số») và cột «Tên thủ tục hành chính» (hoặc «Tên TTHC»).',
    )
  }
  return result
}

const FIELD_LABELS: Record<Exclude<keyof ParsedProcedure, 'source'>, string> = {
  code: 'mã',
  name: 'tên thủ tục',
  field: 'lĩnh vực',
  onlineLevel: 'mức độ DVCTT',
  implementingLevel: 'cấp thực hiện',
  nationalPortalUrl: 'liên kết',
  agencies: 'cơ quan thực hiện',
}

function differingFields(a: ParsedProcedure, b: ParsedProcedure): string[] {
  return (Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[]).filter((key) => String(a[key] ?? '') !== String(b[key] ?? '')).map((key) => FIELD_LABELS[key])
}

function parseRow(
  cells: string[],
  header: Header,
  state: SheetState,
  note: (reason: string) => RowNote,
  warnings: RowNote[],
): ParsedProcedure | RowNote | undefined {
  const at = (column: Column): string => {
    const index = header.columns[column]
    return index === undefined ? '' : (cells[index] ?? '').trim()
  }
  const filled = [...new Set(cells.map((cell) => cell.trim()).filter(Boolean))]
  if (filled.length === 0) return undefined
  // A row that repeats the header (the lower half of a two-row merged header) or numbers its columns (1, 2, 3…).
  if (filled.every((cell) => header.texts.has(normalise(cell)) || normaliseOnlineLevel(cell) || /^\(?\d+\)?$/.test(cell))) {
    if (!CODE_FORMAT.test(at('code'))) return undefined
  }
  const code = at('code')
  if (filled.length === 1 && !CODE_FORMAT.test(code)) {
    // Section, title or footnote row: one text spread over the row.
    const only = filled[0] ?? ''
    const field = sectionField(only)
    if (field) state.field = field
    const level = sectionLevel(only)
    if (level) state.level = level
    return undefined
  }
  if (!code) {
    // "I" in the STT column and "Lĩnh vực Hộ tịch" in the name column is a section row too.
    const field = sectionField(filled.join(' '))
    if (field) {
      state.field = field
      return undefined
    }
    return note('Không có mã thủ tục.')
  }
  if (!CODE_FORMAT.test(code)) return note(`Mã thủ tục «${code}» không đúng dạng 1.001193 (số, dấu chấm, số).`)
  const name = at('name').replace(/\s+/g, ' ')
  if (!name) return note(`Thủ tục ${code} không có tên.`)
  const field = at('field').replace(/\s+/g, ' ') || state.field
  if (!field) return note(`Thủ tục ${code} không rõ lĩnh vực (không có cột «Lĩnh vực» hay dòng mục «Lĩnh vực …» phía trên).`)

  let onlineLevel: OnlineLevel | undefined
  if (header.onlineMarks.size > 0) {
    const marked = [...header.onlineMarks].filter(([column]) => (cells[column] ?? '').trim() !== '')
    if (marked.length === 1) onlineLevel = marked[0]?.[1]
    else if (marked.length > 1) return note(`Thủ tục ${code} được đánh dấu cả «Toàn trình» và «Một phần».`)
    else return note(`Thủ tục ${code} không có mức độ DVCTT.`)
  } else {
    const text = at('onlineLevel')
    if (!text) return note(`Thủ tục ${code} không có mức độ DVCTT.`)
    onlineLevel = normaliseOnlineLevel(text)
    if (!onlineLevel) return note(`Mức độ DVCTT «${text}» của thủ tục ${code} không rõ: cần «Toàn trình» (mức độ 4) hoặc «Một phần» (mức độ 3).`)
  }

  let implementingLevel = state.level
  const levelText = at('implementingLevel')
  if (levelText) {
    const { level, district } = normaliseImplementingLevel(levelText)
    if (!level) return note(`Cấp thực hiện «${levelText}» của thủ tục ${code} không rõ: cần «Cấp tỉnh» hoặc «Cấp xã».`)
    if (district) warnings.push(note(`Thủ tục ${code}: cấp thực hiện «${levelText}» được ghi là cấp xã (không còn cấp huyện).`))
    implementingLevel = level
  }
  if (!implementingLevel) return note(`Thủ tục ${code} không rõ cấp thực hiện.`)

  if (!onlineLevel) return note(`Thủ tục ${code} không có mức độ DVCTT.`)
  const procedure: ParsedProcedure = { code, name, field, onlineLevel, implementingLevel }
  if (header.columns.nationalPortalUrl !== undefined) procedure.nationalPortalUrl = at('nationalPortalUrl')
  if (header.columns.agencies !== undefined) procedure.agencies = splitAgencies(at('agencies'))
  return procedure
}

/** "Sở Tư pháp; UBND tỉnh" or one name per line in the cell; duplicates dropped, order kept. */
export function splitAgencies(text: string): string[] {
  const names = text.split(/[;\n\r]+/).map((name) => name.replace(/\s+/g, ' ').replace(/^[-–•+]\s*/, '').replace(/[.,]$/, '').trim())
  return [...new Set(names.filter(Boolean))]
}

export async function parseProcedureFile(filePath: string): Promise<ParsedCatalogue> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(filePath)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'không có tệp này' : String(error)
    throw new ImportFileError(`Không đọc được tệp «${filePath}»: ${reason}.`)
  }
  return parseGrids(await readGrids(bytes, path.basename(filePath)))
}

export async function parseProcedureBytes(bytes: Uint8Array, fileName: string): Promise<ParsedCatalogue> {
  return parseGrids(await readGrids(bytes, fileName))
}
