/**
 * What the figures are computed from, as plain records: the loaders (load.ts) read them from the
 * database, the pure rules (compute.ts) turn them into the year's figures.
 */
import type { DocId } from '../vocabulary/ids'
import type { UsageEvent } from '../vocabulary/usage'
import type { FeedbackRecord, HelpfulnessRecord } from './feedback'
import type { YearRange } from './standing'
import type { ReachTotals, ReportingUnit } from './types'

/** A published material owned by a unit, published or updated during the year. */
export interface MaterialRecord {
  id: DocId
  ownerUnit: string
  updatedAt: string
}

/** Embed loads seen on one of a unit's portal hosts (usage-store's portalSightings). */
export interface SightingRecord {
  unit: string
  hosts: string[]
  firstSeen: string
  lastSeen: string
  loads: number
}

/** An approved outreach activity that started during the year. */
export interface ActivityRecord {
  id: DocId
  kind: string
  unit: string
  startDate: string
  materials: string[]
  reach: Partial<ReachTotals>
}

export interface CoverageRecord {
  overall: { covered: number; total: number }
  byUnit: { unit: string; covered: number; total: number }[]
}

export interface YearEvidence {
  range: YearRange
  units: ReportingUnit[]
  materials: MaterialRecord[]
  coverage: CoverageRecord
  /** Unit ids with at least one portal host declared; null while the usage store is not there. */
  unitsWithPortal: Set<string> | null
  sightings: SightingRecord[] | null
  /** null while the activities collection is not there. */
  activities: ActivityRecord[] | null
  /** Usage of each unit's own materials, per event; null while the usage store is not there. */
  usageByUnit: Map<string, Partial<Record<UsageEvent, number>>> | null
  /** Usage of every material, per event. */
  provinceUsage: Partial<Record<UsageEvent, number>> | null
  /** Citizen feedback received during the year; absent or null: the feedback target has no figure. */
  feedback?: FeedbackRecord[] | null
  /** «Có» / «Không» clicks during the year, per material or procedure page. */
  helpfulness?: HelpfulnessRecord[] | null
}
