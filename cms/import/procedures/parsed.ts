/** What reading a procedure catalogue gives: procedures, rejected rows and warnings. */

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
  /** The field came from a section row in capitals: the import keeps the CMS's spelling of the same field. */
  fieldInCapitals?: boolean
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
