/**
 * The shape of the plan's measurable targets for one calendar year (issue 17, shared contract):
 * what the targets dashboard, the public /bao-cao/ page and the yearly reports read.
 * Pure types: no Payload import, so the site and the reports can take them as they are.
 */
import type { DocId } from '../vocabulary/ids'
import type { UsageEvent } from '../vocabulary/usage'

/** A unit's standing against one target: met, not yet, or no data to judge (never a guess). */
export type UnitStanding = 'met' | 'not-yet' | 'no-data'

export type TargetId =
  | 'portal-embed'
  | 'unified-materials'
  | 'grassroots-outreach'
  | 'team-training'
  | 'staff-training'
  | 'procedure-guides'
  | 'feedback'

/** Units that report on the plan (current, not historical); the province unit rolls them up. */
export type ReportingUnitType = 'province' | 'department' | 'agency' | 'commune' | 'ward'

export interface ReportingUnit {
  id: DocId
  name: string
  type: ReportingUnitType
  slug?: string | null
}

/** One unit's row under a target. `detail` says in Vietnamese what the standing rests on. */
export interface UnitTargetRow {
  unit: DocId
  standing: UnitStanding
  detail: string
  /** How many records back the standing (sightings' loads, materials, activities, procedures…). */
  evidence: number
  /** portal-embed only: first and last day ('YYYY-MM-DD') an embed was seen on the unit's portal. */
  firstSeen?: string
  lastSeen?: string
  /** portal-embed only: the unit's portal hosts the embeds were seen on. */
  hosts?: string[]
  /** staff-training only: people trained (reach.people of the approved activities). */
  people?: number
}

export interface TargetFigure {
  id: TargetId
  /** Short Vietnamese name, e.g. «Cổng thông tin điện tử có thư viện». */
  name: string
  /** The plan's own sentence (ke-hoach-lai-chau-dvctt.txt, II.1). */
  planText: string
  /** How the library measures it, in Vietnamese. */
  measure: string
  /** 'no-data' when the library has no source for it (then the figure is null, never made up). */
  status: 'measured' | 'no-data'
  /** Why there is no figure (status 'no-data'), or a caveat on the figure. */
  note?: string
  /** What is counted: units, procedures for 'procedure-guides', feedback items for 'feedback'. */
  counts: 'units' | 'procedures' | 'feedback'
  numerator: number | null
  denominator: number | null
  /** numerator / denominator, 0 when the denominator is 0; null without data. */
  share: number | null
  /** The unit types the target applies to. */
  unitTypes: ReportingUnitType[]
  /** One row per applicable reporting unit, in Vietnamese name order. */
  units: UnitTargetRow[]
  /** staff-training: people trained in the year, province-wide. */
  people?: number
}

export interface ReachTotals {
  people: number
  copies: number
  minutes: number
  times: number
}

/** Citizen feedback of one unit (or the province) in a year (cms/reporting/feedback.ts). */
export interface FeedbackTally {
  received: number
  /** Not published as spam: left out of the rate. */
  spam: number
  answeredPublic: number
  answeredPrivate: number
  /** Not published for another reason (duplicate, abuse, personal data): received, not answered. */
  notPublished: number
  /** Still «Mới», or answered but the answer not approved yet. */
  open: number
  helpful: number
  notHelpful: number
}

/** Per-unit totals for the year: approved activities by kind, their reach, usage of its materials. */
export interface UnitTotals {
  unit: DocId
  activities: Record<string, number>
  activityCount: number
  reach: ReachTotals
  /** Usage of the materials the unit owns, per event. */
  usage: Partial<Record<UsageEvent, number>>
  /** Materials the unit owns that were published or updated during the year (published now). */
  materialsPublished: number
  /** Citizen feedback received during the year and how it was answered; helpfulness clicks (issue 19). */
  feedback?: FeedbackTally
}

export interface YearFigures {
  year: number
  /** First and last day of the year, 'YYYY-MM-DD' in Asia/Ho_Chi_Minh. */
  from: string
  to: string
  /** The report deadline: 15/12 of the year ('YYYY-12-15'). */
  deadline: string
  computedAt: string
  /** Which sources the figures could read (a missing one leaves its targets at 'no-data'). */
  sources: { usage: boolean; activities: boolean }
  units: ReportingUnit[]
  targets: TargetFigure[]
  unitTotals: UnitTotals[]
  /** The province's totals: the sum of every unit's (activities of any unit, usage of any material). */
  province: Omit<UnitTotals, 'unit'>
}

/** The province-level figures only, as the public /bao-cao/ page shows them: no unit rows, no names. */
export interface PublicTargetFigure
  extends Pick<
    TargetFigure,
    | 'id'
    | 'name'
    | 'planText'
    | 'measure'
    | 'status'
    | 'note'
    | 'counts'
    | 'numerator'
    | 'denominator'
    | 'share'
    | 'people'
  > {}

export interface PublicYearFigures {
  year: number
  from: string
  to: string
  computedAt: string
  targets: PublicTargetFigure[]
  province: Omit<UnitTotals, 'unit' | 'materialsPublished'>
}
