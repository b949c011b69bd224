/** Finding a catalogue's header row and reading level wording, whatever the file's layout. */

import type { ImplementingLevel, OnlineLevel } from './parsed'

export type Column = 'code' | 'name' | 'field' | 'onlineLevel' | 'implementingLevel' | 'nationalPortalUrl' | 'agencies'

export const normalise = (text: string): string => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()

const HEADER_PATTERNS: Record<Column, RegExp> = {
  code: /^(mã tthc|mã thủ tục|mã số)/,
  name: /^(tên thủ tục|tên tthc)/,
  field: /^lĩnh vực/,
  onlineLevel: /^(mức độ|dịch vụ công trực tuyến|dvctt)/,
  implementingLevel: /^cấp thực hiện/,
  agencies: /^cơ quan (thực hiện|giải quyết)/,
  nationalPortalUrl: /(đường dẫn|liên kết|url)/,
}

export const CODE_FORMAT = /^\d+\.\d{3,}$/

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

export interface Header {
  row: number
  columns: Partial<Record<Column, number>>
  /** For a level header merged over sub-columns marked "x": sub-column index → level. */
  onlineMarks: Map<number, OnlineLevel>
  texts: Set<string>
}

export function findHeader(rows: string[][]): Header | undefined {
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
