import type { Payload } from 'payload'

import type { DocumentId } from '../access'
import type { YearFigures } from '../reporting/types'
import type { ReportActivity, UsageTotals } from './input'

/**
 * Where the report's figures come from: the plan's targets, the units' totals
 * and portal sightings (cms/reporting/figures.ts, which reads usage and
 * activities), and the list of approved activities (cms/activities/query.ts).
 * Reading them through this one seam keeps the writers pure and lets the
 * benchmark time exactly what an endpoint runs.
 */
export interface ReportSources {
  figures(payload: Payload, year: number, now: Date): Promise<YearFigures>
  /** Approved activities of the year; `unitId` is the unit that carried it out. */
  activities(payload: Payload, range: Range): Promise<(ReportActivity & { unitId: DocumentId })[]>
}

export interface Range {
  from: string
  to: string
  /** Only these units' activities (a unit's own report); all when absent (the roll-up). */
  units?: (string | number)[]
}

export const emptyUsage = (): UsageTotals => ({
  view: 0,
  download: 0,
  play: 0,
  play75: 0,
  'embed-page': 0,
  'embed-widget': 0,
  qr: 0,
})

/** A partial per-event record as full totals (missing events count 0). */
export const fullUsage = (partial: Partial<UsageTotals> | undefined): UsageTotals => ({ ...emptyUsage(), ...partial })

export const usageSum = (totals: Partial<UsageTotals>): number =>
  Object.values(totals).reduce((a: number, b) => a + (b ?? 0), 0)
