import type { ActivityKind, ReachField } from '../../vocabulary'

type Id = string | number

/** What the importer knows before it reads a row: the units, the materials, the day, and whose import it is. */
export interface ImportContext {
  /** Today in Vietnam, 'YYYY-MM-DD': later days are refused. */
  today: string
  unitsByName: Map<string, { id: Id; name: string }>
  materialsBySlug: Map<string, Id>
  /** The importing contributor's units (own and, if granted, below); null for the province's editors. */
  allowedUnits: Set<string> | null
  /** Used when a row names no unit. */
  ownUnit: { id: Id; name: string } | undefined
}

/** One activity read from a row, ready to be saved as a draft. */
export interface ActivityRow {
  kind: ActivityKind
  startDay: string
  endDay: string | null
  unit: Id
  unitName: string
  place: string
  reach: Partial<Record<ReachField, number>>
  platform: string | null
  materials: Id[]
  note: string
}

export interface RowRejection {
  sheet: string
  row: number
  reasons: string[]
}

/** What the preview shows and the apply answers. */
export interface ActivityImportReport {
  rows: (Omit<ActivityRow, 'materials'> & { row: number; materials: number })[]
  rejected: RowRejection[]
  /** Set by apply: how many activities were saved (as drafts). */
  created?: number
}
