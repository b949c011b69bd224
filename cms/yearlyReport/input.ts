import type { UsageEvent } from '../vocabulary'
import type { SubmissionStanding } from './deadline'
import type { ReportSection } from './sections'

/**
 * Everything a yearly report prints, gathered once (yearlyReport/load.ts) and
 * handed to the three writers (DOCX, XLSX, PDF), which are pure: input in, bytes out.
 */
export type ReportKind = 'unit' | 'province'

export interface ReportActivity {
  /** ISO date of the activity (its first day). */
  startDate: string
  endDate?: string | null
  kind: string
  /** Zalo, Facebook… for a social post. */
  platform?: string | null
  unitName: string
  place?: string | null
  materials: string[]
  reach: { people?: number | null; copies?: number | null; minutes?: number | null; times?: number | null }
}

export type UsageTotals = Record<UsageEvent, number>

export interface PortalSighting {
  hosts: string[]
  firstSeen: string
  lastSeen: string
  loads: number
}

export type TargetStanding = 'met' | 'not-yet' | 'no-data'

/** One of the plan's measurable targets: the figure the data gives (province) or the unit's standing. */
export interface ReportTarget {
  title: string
  /** "12/40 (30 %)", or «Chưa có dữ liệu». */
  figure: string
  standing: TargetStanding
}

export interface CoverageRow {
  name: string
  total: number
  covered: number
  share: number
}

/** A reporting unit's line in the province roll-up. */
export interface RollupUnit {
  name: string
  standing: SubmissionStanding
  submittedAt?: string | null
  activities: number
  people: number
  usage: number
  portalSeen: boolean
  difficulties?: string | null
  proposals?: string | null
}

export interface ReportInput {
  kind: ReportKind
  year: number
  /** The body issuing the report (header, left, bold) and the body above it (header, left, first line). */
  issuer: { name: string; parentName?: string | null }
  provinceName: string
  /** «Lai Châu, ngày … tháng … năm …» */
  place: string
  /** «Kính gửi: …» */
  addressee: string
  /** «Số: 125/BC-UBND», or the blank to fill in: «Số:      /BC-UBND». */
  documentNumber?: string | null
  abbreviation: string
  signedOn?: string | null
  signer: { title: string; name?: string | null }
  /** «Nơi nhận» */
  recipients: string[]
  notes: Partial<Record<ReportSection['key'], string | null>>
  difficulties?: string | null
  proposals?: string | null
  activities: ReportActivity[]
  usage: UsageTotals
  /** The unit's portal showing the library (unit reports); null when never seen. */
  portal?: PortalSighting | null
  /** Province: how many reporting units' portals showed the library. */
  portalUnits?: { seen: number; total: number }
  targets: ReportTarget[]
  coverage: { overall: Omit<CoverageRow, 'name'>; rows: CoverageRow[] }
  /** Province roll-up only: every reporting unit. */
  units?: RollupUnit[]
  generatedAt: string
}
