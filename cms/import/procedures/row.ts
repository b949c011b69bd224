/** One catalogue row: a procedure, a rejected row with its reason, or a section row that sets the field or level below. */

import {
  CODE_FORMAT,
  type Column,
  type Header,
  normalise,
  normaliseImplementingLevel,
  normaliseOnlineLevel,
} from './header'
import type { ImplementingLevel, OnlineLevel, ParsedProcedure, RowNote } from './parsed'

/** "I. Lĩnh vực Hộ tịch" → "Hộ tịch"; undefined for any other row. */
export function sectionField(text: string): string | undefined {
  const match = /^(?:[IVXLC]+|[A-Z]|\d+)\s*[.)/-]?\s*lĩnh vực\s*[:.-]?\s*(.+)$/iu.exec(text.normalize('NFC').trim())
  return match?.[1]?.trim()
}

/** "A. Thủ tục cấp xã", a sheet named "Cấp tỉnh": the level for the rows below. */
export function sectionLevel(text: string): ImplementingLevel | undefined {
  const value = normalise(text)
  if (!/cấp (tỉnh|xã|huyện)/.test(value)) return undefined
  return normaliseImplementingLevel(value).level
}

export interface SheetState {
  field?: string
  level?: ImplementingLevel
}

export function parseRow(
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
  if (
    filled.every((cell) => header.texts.has(normalise(cell)) || normaliseOnlineLevel(cell) || /^\(?\d+\)?$/.test(cell))
  ) {
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
  if (!field)
    return note(`Thủ tục ${code} không rõ lĩnh vực (không có cột «Lĩnh vực» hay dòng mục «Lĩnh vực …» phía trên).`)

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
    if (!onlineLevel)
      return note(
        `Mức độ DVCTT «${text}» của thủ tục ${code} không rõ: cần «Toàn trình» (mức độ 4) hoặc «Một phần» (mức độ 3).`,
      )
  }

  let implementingLevel = state.level
  const levelText = at('implementingLevel')
  if (levelText) {
    const { level, district } = normaliseImplementingLevel(levelText)
    if (!level) return note(`Cấp thực hiện «${levelText}» của thủ tục ${code} không rõ: cần «Cấp tỉnh» hoặc «Cấp xã».`)
    if (district)
      warnings.push(note(`Thủ tục ${code}: cấp thực hiện «${levelText}» được ghi là cấp xã (không còn cấp huyện).`))
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
  const names = text.split(/[;\n\r]+/).map((name) =>
    name
      .replace(/\s+/g, ' ')
      .replace(/^[-–•+]\s*/, '')
      .replace(/[.,]$/, '')
      .trim(),
  )
  return [...new Set(names.filter(Boolean))]
}
