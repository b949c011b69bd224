/**
 * The import report as people read it: labels, values in words, and the
 * downloadable CSV. Pure (no Node imports) so the admin's client components
 * can use it in the browser.
 */

export { MAX_IMPORT_BYTES } from './limits'

export interface ImportRowNote {
  sheet: string
  /** 1-based row as the spreadsheet shows it; 0 for a note about the whole file (e.g. its encoding). */
  row: number
  reason: string
}

export interface ImportReport {
  added: {
    code: string
    name: string
    field: string
    onlineLevel: 'full' | 'partial'
    implementingLevel: 'province' | 'commune'
    /** Unit names. */
    agencies: string[]
  }[]
  /** keys of fields: name, field, onlineLevel, implementingLevel, agencies, nationalPortalUrl, withdrawn */
  changed: { code: string; name: string; fields: Record<string, { from: string | null; to: string | null }> }[]
  /** Codes. */
  unchanged: string[]
  /** In the CMS, current, but no longer in the file: will be / were marked withdrawn. */
  withdrawn: { code: string; name: string }[]
  rejected: ImportRowNote[]
  warnings: ImportRowNote[]
  /** Hash of the planned writes; apply refuses when the plan changed since the preview. */
  fingerprint: string
}

/** Vietnamese labels of the compared fields, for display. */
export const FIELD_LABELS: Record<string, string> = {
  code: 'Mã thủ tục',
  name: 'Tên thủ tục',
  field: 'Lĩnh vực',
  onlineLevel: 'Mức độ DVCTT',
  implementingLevel: 'Cấp thực hiện',
  agencies: 'Cơ quan thực hiện',
  nationalPortalUrl: 'Liên kết Cổng DVC quốc gia',
  withdrawn: 'Trạng thái trong danh mục',
}

const VALUE_LABELS: Record<string, Record<string, string>> = {
  onlineLevel: { full: 'Toàn trình', partial: 'Một phần' },
  implementingLevel: { province: 'Cấp tỉnh', commune: 'Cấp xã' },
  withdrawn: { true: 'Không còn trong danh mục', false: 'Còn trong danh mục' },
}

/** A compared field's value in words: "Toàn trình" for full, "(trống)" for none. */
export function displayValue(field: string, value: string | null): string {
  if (value === null || value === '') return '(trống)'
  return VALUE_LABELS[field]?.[value] ?? value
}

/** "Mức độ DVCTT: Một phần → Toàn trình; Tên thủ tục: … → …" */
export function describeChange(fields: ImportReport['changed'][number]['fields']): string {
  return Object.entries(fields)
    .map(
      ([field, change]) =>
        `${FIELD_LABELS[field] ?? field}: ${displayValue(field, change.from)} → ${displayValue(field, change.to)}`,
    )
    .join('; ')
}

export function summariseReport(
  report: Pick<ImportReport, 'added' | 'changed' | 'unchanged' | 'withdrawn' | 'rejected'>,
): string {
  return (
    `${report.added.length} thêm mới, ${report.changed.length} thay đổi, ${report.unchanged.length} không đổi, ` +
    `${report.withdrawn.length} không còn trong danh mục, ${report.rejected.length} dòng bị loại`
  )
}

const csvCell = (value: string | number): string => {
  const text = String(value)
  // A leading = + - @ would be taken for a formula by Excel.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * UTF-8 with BOM (so that Excel reads the diacritics), comma-separated, CRLF:
 * one section per kind, each with its own header row.
 */
export function reportToCsv(report: ImportReport): string {
  const lines: (string | number)[][] = []
  const section = (title: string, count: number, header: string[], rows: (string | number)[][]) => {
    if (lines.length > 0) lines.push([])
    lines.push([`${title} (${count})`])
    lines.push(header)
    lines.push(...rows)
  }
  lines.push(['Báo cáo nạp danh mục thủ tục hành chính'])
  lines.push([summariseReport(report)])
  section(
    'Dòng bị loại',
    report.rejected.length,
    ['Trang', 'Dòng', 'Lý do'],
    report.rejected.map((note) => [note.sheet, note.row || '', note.reason]),
  )
  section(
    'Thêm mới',
    report.added.length,
    ['Mã thủ tục', 'Tên thủ tục', 'Lĩnh vực', 'Mức độ DVCTT', 'Cấp thực hiện', 'Cơ quan thực hiện'],
    report.added.map((procedure) => [
      procedure.code,
      procedure.name,
      procedure.field,
      displayValue('onlineLevel', procedure.onlineLevel),
      displayValue('implementingLevel', procedure.implementingLevel),
      procedure.agencies.join('; '),
    ]),
  )
  section(
    'Thay đổi',
    report.changed.length,
    ['Mã thủ tục', 'Tên thủ tục', 'Trường', 'Trước', 'Sau'],
    report.changed.flatMap((change) =>
      Object.entries(change.fields).map(([field, value]) => [
        change.code,
        change.name,
        FIELD_LABELS[field] ?? field,
        displayValue(field, value.from),
        displayValue(field, value.to),
      ]),
    ),
  )
  section(
    'Không còn trong danh mục (đánh dấu, không xóa)',
    report.withdrawn.length,
    ['Mã thủ tục', 'Tên thủ tục'],
    report.withdrawn.map((procedure) => [procedure.code, procedure.name]),
  )
  section(
    'Cảnh báo',
    report.warnings.length,
    ['Trang', 'Dòng', 'Nội dung'],
    report.warnings.map((note) => [note.sheet, note.row || '', note.reason]),
  )
  section(
    'Không đổi',
    report.unchanged.length,
    ['Mã thủ tục'],
    report.unchanged.map((code) => [code]),
  )
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`
}
