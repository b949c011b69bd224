import type { Payload, Where } from 'payload'

import { type DocId, idOf } from '../vocabulary/ids'
import type { Day, DayRange } from './periods'

/** One stored counter, ids as strings (numbers on SQL, strings on MongoDB). */
export interface CountRow {
  day: Day
  material: string | null
  event: string
  file: string | null
  host: string
  count: number
}

interface StoredCount {
  day?: string | null
  material?: unknown
  event?: string | null
  file?: unknown
  host?: string | null
  count?: number | null
}

/**
 * The daily counters of usage-counts (written by the beacon endpoint, cms/usage/) for the days of
 * `range`, of the given materials only when `materials` is set. Read with the CMS's own access: the
 * callers decide what the person asking may see.
 */
export async function readCounts(payload: Payload, range: DayRange, materials?: readonly DocId[]): Promise<CountRow[]> {
  if (materials && materials.length === 0) return []
  const where: Where = {
    and: [
      { day: { greater_than_equal: range.from } },
      { day: { less_than_equal: range.to } },
      ...(materials ? [{ material: { in: [...materials] } }] : []),
    ],
  }
  const { docs } = await payload.find({
    collection: 'usage-counts',
    where,
    depth: 0,
    pagination: false,
    select: { day: true, material: true, event: true, file: true, host: true, count: true },
  })
  return (docs as StoredCount[]).map((doc) => ({
    day: doc.day ?? '',
    material: idOf(doc.material),
    event: doc.event ?? '',
    file: idOf(doc.file),
    host: doc.host ?? '',
    count: doc.count ?? 0,
  }))
}
