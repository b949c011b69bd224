/**
 * Section rows ("I. Lĩnh vực Hộ tịch", "II" + "LĨNH VỰC ĐẤT ĐAI" merged beside it, "1" + "Hộ tịch",
 * "Chứng thực" merged across the table…), recognised by their shape rather than by one spelling:
 * no procedure code, and a single text that has a numbering (a cell of its own or a prefix), or is
 * merged across several columns, or is worded «Lĩnh vực …». Decisions use all of these, in upper or
 * title case, bold or not.
 */
import { CODE_FORMAT, normalise, normaliseImplementingLevel } from './header'
import type { ImplementingLevel } from './parsed'

/** How a cell looks in the spreadsheet (XLSX only; a CSV has neither). */
export interface CellLook {
  /** Part of a merged range that covers more than one column of its row. */
  mergedAcross?: boolean
  bold?: boolean
}

export interface Section {
  /** The text as a person reads it, numbering removed. */
  text: string
  field?: string
  /** The field was written in capitals ("HỘ TỊCH", read as "Hộ tịch"): the CMS's spelling of it is kept. */
  fieldInCapitals?: boolean
  level?: ImplementingLevel
  /**
   * Known only by an Arabic number in front of a plain text (not merged, not bold, not «Lĩnh vực …»):
   * the shape of a procedure row that lacks everything but its number and name, so the report says so.
   */
  weak: boolean
}

const NUMBER_CELL = /^(?:[IVXLC]+|\d+|[A-Za-z])\s*[.):–-]?$/u
const ARABIC_CELL = /^\d+\s*[.):–-]?$/u
const NUMBER_PREFIX = /^(?:[IVXLC]+|\d+(?:\.\d+)*|[A-Za-z])\s*[.):–-]\s*/u
const NUMBER_BEFORE_WORDING = /^(?:[IVXLC]+|\d+)\s+(?=lĩnh vực)/iu
const FIELD_WORDING = /^lĩnh vực(?:\s*[:.–-]\s*|\s+)/iu
/** Texts a decision puts on a row of their own that never name a field. */
const NOT_A_FIELD = /^(ghi chú|chú thích|lưu ý|tổng|\()/u

const inCapitals = (text: string): boolean => text === text.toUpperCase() && text !== text.toLowerCase()

/** "HỘ TỊCH" → "Hộ tịch": a field named in capitals reads as the same field written normally. */
function unshout(text: string): string {
  if (!inCapitals(text)) return text
  const lower = text.toLowerCase()
  return lower.charAt(0).toUpperCase() + lower.slice(1)
}

/** "A. Thủ tục cấp xã", a sheet named "Cấp tỉnh": the level for the rows below. */
export function sectionLevel(text: string): ImplementingLevel | undefined {
  const value = normalise(text)
  if (!/cấp (tỉnh|xã|huyện)/.test(value)) return undefined
  return normaliseImplementingLevel(value).level
}

/**
 * The section a row opens, or undefined when it is not shaped like one. `cells` are the row's texts
 * with merged ranges repeated into every cell they cover; `looks` says which cells are merged or bold.
 */
export function readSection(cells: string[], looks: CellLook[] | undefined, codeColumn: number): Section | undefined {
  if (CODE_FORMAT.test((cells[codeColumn] ?? '').trim())) return undefined
  const filled = cells.map((cell, column) => ({ text: cell.trim(), column })).filter(({ text }) => text !== '')
  const first = filled[0]
  if (!first) return undefined
  const numberCell = filled.length > 1 && NUMBER_CELL.test(first.text) ? first : undefined
  const rest = numberCell ? filled.slice(1) : filled
  const texts = new Set(rest.map(({ text }) => text))
  if (texts.size !== 1) return undefined
  const raw = rest[0]?.text ?? ''
  const clean = raw.normalize('NFC').replace(/\s+/g, ' ')
  const prefixed = NUMBER_PREFIX.test(clean) || NUMBER_BEFORE_WORDING.test(clean)
  const text = clean.replace(NUMBER_PREFIX, '').replace(NUMBER_BEFORE_WORDING, '').trim()
  const worded = FIELD_WORDING.test(text)
  const merged = looks !== undefined && rest.every(({ column }) => looks[column]?.mergedAcross)
  const bold = rest.some(({ column }) => looks?.[column]?.bold)
  if (!text || (!numberCell && !prefixed && !worded && !merged)) return undefined
  if (!worded && NOT_A_FIELD.test(normalise(text))) return undefined
  const level = worded ? undefined : sectionLevel(text)
  if (level) return { text, level, weak: false }
  const written = text.replace(FIELD_WORDING, '').trim()
  if (!written) return undefined
  const weak = Boolean(numberCell && ARABIC_CELL.test(numberCell.text)) && !prefixed && !worded && !merged && !bold
  return { text, field: unshout(written), fieldInCapitals: inCapitals(written), weak }
}
