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

import { CODE_FORMAT, findHeader } from './header'
import type { ParsedCatalogue, ParsedProcedure, RowNote } from './parsed'
import { type SheetState, parseRow, sectionLevel } from './row'
import { type Grid, ImportFileError, notDecodable, readGrids } from './read'

export { ImportFileError, MAX_IMPORT_BYTES } from './read'
export type { ImplementingLevel, OnlineLevel, ParsedCatalogue, ParsedProcedure, RowNote } from './parsed'
export { normaliseImplementingLevel, normaliseOnlineLevel } from './header'
export { splitAgencies } from './row'

export function parseGrids(grids: Grid[]): ParsedCatalogue {
  const result: ParsedCatalogue = { procedures: [], rejected: [], warnings: [] }
  const seen = new Map<string, { procedure: ParsedProcedure; sheet: string; row: number }>()
  let headersFound = 0
  for (const grid of grids) {
    if (grid.encoding) {
      result.warnings.push({
        sheet: grid.sheet,
        row: 0,
        reason:
          'Tệp CSV không mã hóa UTF-8 nên đã được đọc theo bảng mã Windows-1258. Hãy kiểm tra dấu tiếng Việt trong bản xem trước; lần sau nên «Lưu thành» kiểu «CSV UTF-8».',
      })
    }
    const header = findHeader(grid.rows)
    if (!header) continue
    headersFound++
    const state: SheetState = { level: sectionLevel(grid.sheet) }
    for (let r = header.row + 1; r < grid.rows.length; r++) {
      const note = (reason: string): RowNote => ({ sheet: grid.sheet, row: r + 1, reason })
      const parsed = parseRow(grid.rows[r] ?? [], header, state, note, result.warnings, grid.looks?.[r])
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

const FIELD_LABELS: Record<Exclude<keyof ParsedProcedure, 'source' | 'fieldInCapitals'>, string> = {
  code: 'mã',
  name: 'tên thủ tục',
  field: 'lĩnh vực',
  onlineLevel: 'mức độ DVCTT',
  implementingLevel: 'cấp thực hiện',
  nationalPortalUrl: 'liên kết',
  agencies: 'cơ quan thực hiện',
}

function differingFields(a: ParsedProcedure, b: ParsedProcedure): string[] {
  return (Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[])
    .filter((key) => String(a[key] ?? '') !== String(b[key] ?? ''))
    .map((key) => FIELD_LABELS[key])
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
