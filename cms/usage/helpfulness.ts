import type { Payload } from 'payload'

import { HELPFULNESS_EVENTS } from '../vocabulary/usage'
import { counterStore } from './db'
import type { UsageRange } from './query'

export interface Helpfulness {
  helpful: number
  notHelpful: number
}

export interface HelpfulnessTotals {
  total: Helpfulness
  /** Per material id (as a string), answers on material pages. */
  materials: Map<string, Helpfulness>
  /** Per procedure id (as a string), answers on procedure pages. */
  procedures: Map<string, Helpfulness>
}

const EVENTS = HELPFULNESS_EVENTS.map(({ value }) => value)
const empty = (): Helpfulness => ({ helpful: 0, notHelpful: 0 })

/**
 * «Tài liệu này có giúp ích cho bạn không? Có / Không» (issue 19), summed over a range of days
 * ('YYYY-MM-DD', inclusive): in all, per material and per procedure. For reporting (per unit: sum the
 * materials a unit owns) and the moderation views. One grouped query.
 */
export async function helpfulnessTotals(payload: Payload, range: UsageRange): Promise<HelpfulnessTotals> {
  const rows = await counterStore(payload).sum({ ...range, by: ['material', 'procedure', 'event'], events: EVENTS })
  const totals: HelpfulnessTotals = { total: empty(), materials: new Map(), procedures: new Map() }
  for (const row of rows) {
    const key = row.event === 'helpful' ? 'helpful' : row.event === 'not-helpful' ? 'notHelpful' : undefined
    if (!key) continue
    totals.total[key] += row.count
    const [map, id] = row.procedure ? [totals.procedures, row.procedure] : [totals.materials, row.material ?? '']
    if (!id) continue
    const entry = map.get(id) ?? empty()
    entry[key] += row.count
    map.set(id, entry)
  }
  return totals
}
