import type { ReportSources } from './sources'
import { emptyUsage } from './sources'

/**
 * The figures' modules (activities, usage, targets) are built alongside this
 * one; until each lands, its part of the report says «chưa có dữ liệu» rather
 * than a made-up figure.
 */
export const defaultSources: ReportSources = {
  activities: async () => [],
  usage: async () => ({ total: emptyUsage(), byUnit: new Map() }),
  portals: async () => new Map(),
  targets: async () => ({ province: [], byUnit: new Map() }),
}
