import { formatDate } from '../../vocabulary'
import type { Grid } from '../procedures/read'
import { ImportFileError } from '../procedures/read'
import {
  COLUMNS,
  type ColumnKey,
  REACH_COLUMNS,
  columnIndexes,
  foldForMatch,
  kindFromText,
  platformFromText,
} from './columns'
import type { ActivityRow, ImportContext, RowRejection } from './types'

/** 'YYYY-MM-DD' from «15/03/2026», «5/3/2026» or an Excel date cell (read as «2026-03-15»); null if unreadable. */
export function dayFromText(text: string): string | null {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim())
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim())
  const [year, month, day] = dmy
    ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
    : ymd
      ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])]
      : [0, 0, 0]
  if (!year) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const headerOf = (key: ColumnKey): string => COLUMNS.find((column) => column.key === key)?.header ?? key
const shown = (day: string): string => formatDate(`${day}T12:00:00+07:00`)

/** One spreadsheet row: the activity it records, or every reason it cannot be taken. */
function readRow(cell: (key: ColumnKey) => string, context: ImportContext): ActivityRow | string[] {
  const reasons: string[] = []
  const kindText = cell('kind')
  const kind = kindFromText(kindText)
  if (!kind)
    reasons.push(
      kindText
        ? `Loại hoạt động «${kindText}» không có trong danh mục: hãy chọn một loại ở trang «Danh mục» của tệp mẫu.`
        : 'Thiếu loại hoạt động.',
    )
  const day = (key: 'startDate' | 'endDate'): string | null => {
    const text = cell(key)
    if (!text) {
      if (key === 'startDate') reasons.push('Thiếu ngày diễn ra.')
      return null
    }
    const parsed = dayFromText(text)
    if (!parsed)
      reasons.push(`«${headerOf(key)}» là «${text}», không đọc được: hãy ghi theo dạng dd/mm/yyyy, ví dụ 15/03/2026.`)
    else if (parsed > context.today)
      reasons.push(
        `Ngày ${shown(parsed)} ở tương lai: chỉ ghi hoạt động đã diễn ra, đến hôm nay (${shown(context.today)}).`,
      )
    return parsed
  }
  const startDay = day('startDate')
  const endDay = day('endDate')
  if (startDay && endDay && endDay < startDay)
    reasons.push(`Ngày kết thúc ${shown(endDay)} trước ngày bắt đầu ${shown(startDay)}.`)

  const unitText = cell('unit')
  const unit = unitText ? context.unitsByName.get(foldForMatch(unitText)) : context.ownUnit
  if (!unit)
    reasons.push(
      unitText
        ? `Không có đơn vị «${unitText}» trong thư viện: hãy ghi đúng tên đơn vị như ở mục «Đơn vị».`
        : 'Thiếu đơn vị thực hiện.',
    )
  else if (context.allowedUnits && !context.allowedUnits.has(String(unit.id)))
    reasons.push(
      `Bạn không được ghi hoạt động của «${unit.name}»: chỉ đơn vị của mình (hoặc đơn vị trực thuộc nếu được cấp quyền).`,
    )

  const reach: ActivityRow['reach'] = {}
  for (const key of REACH_COLUMNS) {
    const text = cell(key).replace(/[.\s]/g, '')
    if (!text) continue
    if (!/^\d+$/.test(text))
      reasons.push(
        `«${headerOf(key)}» là «${cell(key)}», không phải số nguyên không âm: hãy ghi bằng chữ số, ví dụ 120.`,
      )
    else reach[key] = Number(text)
  }

  const platformText = cell('platform')
  const platform = platformText ? platformFromText(platformText) : null
  if (platformText && !platform)
    reasons.push(`Mạng xã hội «${platformText}» không có: Zalo OA, Facebook, TikTok hoặc Khác.`)

  const materials: (string | number)[] = []
  for (const slug of cell('materials')
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const id = context.materialsBySlug.get(slug.replace(/^.*\/tai-lieu\//, '').replace(/\/$/, ''))
    if (id === undefined) reasons.push(`Không có tài liệu có đường dẫn «${slug}» trong thư viện.`)
    else materials.push(id)
  }
  if (reasons.length > 0 || !kind || !startDay || !unit) return reasons
  return {
    kind,
    startDay,
    endDay,
    unit: unit.id,
    unitName: unit.name,
    place: cell('place'),
    reach,
    platform,
    materials,
    note: cell('note'),
  }
}

/** Every data row of the first sheet that has the template's header; blank rows are skipped. */
export function parseActivityGrids(
  grids: Grid[],
  fileName: string,
  context: ImportContext,
): { rows: (ActivityRow & { row: number })[]; rejected: RowRejection[] } {
  for (const grid of grids) {
    const headerAt = grid.rows.findIndex((cells) => {
      const found = columnIndexes(cells)
      return found.kind !== undefined && found.startDate !== undefined
    })
    if (headerAt === -1) continue
    const indexes = columnIndexes(grid.rows[headerAt] ?? [])
    const rows: (ActivityRow & { row: number })[] = []
    const rejected: RowRejection[] = []
    grid.rows.slice(headerAt + 1).forEach((cells, offset) => {
      if (cells.every((value) => !value.trim())) return
      const row = headerAt + offset + 2
      const cell = (key: ColumnKey): string => {
        const index = indexes[key]
        return index === undefined ? '' : (cells[index] ?? '').trim()
      }
      const read = readRow(cell, context)
      if (Array.isArray(read)) rejected.push({ sheet: grid.sheet, row, reasons: read })
      else rows.push({ ...read, row })
    })
    return { rows, rejected }
  }
  throw new ImportFileError(
    `Không tìm thấy dòng tiêu đề của sổ hoạt động trong «${fileName}» (cần ít nhất các cột «Loại hoạt động» và «Ngày (dd/mm/yyyy)»). Chưa có gì được ghi. Hãy tải tệp mẫu, chép các dòng vào đó rồi nạp lại.`,
  )
}
