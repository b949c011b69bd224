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
import { type CellLook, readSection } from './section'

export { sectionLevel } from './section'

export interface SheetState {
  field?: string
  fieldInCapitals?: boolean
  level?: ImplementingLevel
}

export function parseRow(
  cells: string[],
  header: Header,
  state: SheetState,
  note: (reason: string) => RowNote,
  warnings: RowNote[],
  looks?: CellLook[],
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
  const section = readSection(cells, looks, header.columns.code ?? -1)
  if (section) {
    if (section.level) state.level = section.level
    if (section.field) {
      state.field = section.field
      state.fieldInCapitals = section.fieldInCapitals
    }
    if (section.weak)
      warnings.push(
        note(
          `Dòng «${filled.join(' ')}» không có mã thủ tục nên được đọc là dòng mục: các thủ tục bên dưới thuộc lĩnh vực «${section.field}». ` +
            'Nếu đây là một thủ tục, hãy điền mã thủ tục rồi nạp lại.',
        ),
      )
    return undefined
  }
  if (filled.length === 1 && !CODE_FORMAT.test(code)) {
    // One text alone: a title or footnote, unless it sits in the name column only (a procedure without its code).
    const name = at('name').replace(/\s+/g, ' ')
    const onlyInName = cells.every((cell, column) => column === header.columns.name || cell.trim() === '')
    if (!name || !onlyInName) return undefined
    return note(
      `Dòng chỉ có «${name}», không có mã thủ tục nên không được nạp. ` +
        `Nếu đây là dòng mục lĩnh vực, hãy ghi «Lĩnh vực ${name}» hoặc đánh số mục (I, II…) ở cột STT; nếu là một thủ tục, hãy điền mã thủ tục.`,
    )
  }
  if (!code) return note('Không có mã thủ tục.')
  if (!CODE_FORMAT.test(code)) return note(`Mã thủ tục «${code}» không đúng dạng 1.001193 (số, dấu chấm, số).`)
  const name = at('name').replace(/\s+/g, ' ')
  if (!name) return note(`Thủ tục ${code} không có tên.`)
  const fieldCell = at('field').replace(/\s+/g, ' ')
  const field = fieldCell || state.field
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
  if (!fieldCell && state.fieldInCapitals) procedure.fieldInCapitals = true
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
