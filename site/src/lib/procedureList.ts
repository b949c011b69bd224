/**
 * A unit's printable list of fully-online (toàn trình) procedures (issue 7):
 * the shape the PDF and XLSX builders take, and the words they share. Pure
 * (no site imports), so tests can render the files without a site build;
 * lib/procedureListData.ts fills it from the CMS data.
 */
export const LIST_FILE = { pdf: 'thu-tuc-toan-trinh.pdf', xlsx: 'thu-tuc-toan-trinh.xlsx' } as const
export const LIST_TITLE = 'Danh mục thủ tục hành chính thực hiện toàn trình trên môi trường điện tử'

export interface ListRow {
  /** 1, 2, … across the whole list. */
  number: number
  code: string
  name: string
  /** Absolute address of the procedure's page on this site (its QR code). */
  pageUrl: string
  /** Where to apply online: the national portal's page for the procedure. */
  portalUrl: string
}

export interface ListGroup {
  field: string
  rows: ListRow[]
}

export interface ProcedureListInput {
  unit: { name: string; hotline?: string | null; oneStopAddress?: string | null; oneStopHours?: string | null }
  groups: ListGroup[]
  /** dd/mm/yyyy: the latest change to the catalogue or the unit. */
  updatedOn: string
  /** The same moment, for the files' own dates, so an unchanged list gives the same document. */
  updatedAt: string
  publisher: string
  nationalPortal: { name: string; url: string }
}

/** "I", "II", … for the field headings, as the province's own lists number their sections. */
export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ]
  let out = ''
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters
      n -= value
    }
  }
  return out
}

/** "I. Lĩnh vực Hộ tịch"; a field already named "Lĩnh vực …" is not named twice. */
export const fieldHeading = (index: number, field: string) =>
  `${roman(index + 1)}. ${/^lĩnh vực\s/i.test(field) ? field : `Lĩnh vực ${field}`}`
