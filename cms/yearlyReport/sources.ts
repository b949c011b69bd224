import type { Payload } from 'payload'

import type { DocumentId } from '../access'
import type { PortalSighting, ReportActivity, ReportTarget, UsageTotals } from './input'

/**
 * Where the report's figures come from: the approved activities, the usage
 * counters and the plan's targets, each owned by its own module
 * (cms/activities/query.ts, cms/usage/query.ts, cms/reporting/figures.ts).
 * Reading them through this one seam keeps the writers pure and lets the
 * benchmark time exactly what an endpoint runs.
 */
export interface ReportSources {
  /** Approved activities of the year; `unitId` is the unit that carried it out. */
  activities(payload: Payload, range: Range): Promise<(ReportActivity & { unitId: DocumentId })[]>
  /** Usage of the year: the province's totals and each unit's (by the unit's materials). */
  usage(payload: Payload, range: Range): Promise<{ total: UsageTotals; byUnit: Map<string, UsageTotals> }>
  /** Units whose portal showed the library during the year, by unit id. */
  portals(payload: Payload, range: Range): Promise<Map<string, PortalSighting>>
  /** The plan's measurable targets for the year: the province's figures and each unit's standing. */
  targets(payload: Payload, year: number): Promise<{ province: ReportTarget[]; byUnit: Map<string, ReportTarget[]> }>
}

export interface Range {
  from: string
  to: string
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

export const usageSum = (totals: UsageTotals): number => Object.values(totals).reduce((a, b) => a + b, 0)
