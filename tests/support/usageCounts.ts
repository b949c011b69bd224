import type { Payload } from 'payload'

import { counterStore } from '@dvctt/cms/usage/db'
import type { UsageEvent } from '@dvctt/cms/vocabulary'

export interface KnownCount {
  day: string
  material: number | string
  event: UsageEvent
  file?: number | string
  host?: string
  count: number
}

/** Adds counter rows the way the beacon endpoint's flush does (cms/usage/db), ids as the counters keep them. */
export function putUsageCounts(payload: Payload, counts: readonly KnownCount[]): Promise<void> {
  return counterStore(payload).add(
    counts.map((row) => ({
      day: row.day,
      material: String(row.material),
      event: row.event,
      file: row.file === undefined ? '' : String(row.file),
      host: row.host ?? '',
      count: row.count,
    })),
  )
}
