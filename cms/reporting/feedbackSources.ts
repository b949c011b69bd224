/**
 * What the feedback target reads: the year's feedback items (answering unit, status, reason, review
 * state) and the «Có» / «Không» counters of the material and procedure pages (cms/usage/).
 */
import type { Payload } from 'payload'

import { counterStore } from '../usage/db'
import { idOf } from '../vocabulary/ids'
import type { FeedbackRecord, HelpfulnessRecord } from './feedback'
import type { YearRange } from './standing'

export async function loadFeedbackRecords(payload: Payload, range: YearRange): Promise<FeedbackRecord[]> {
  const { docs } = await payload.find({
    collection: 'feedback',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    where: {
      and: [
        { createdAt: { greater_than_equal: range.start.toISOString() } },
        { createdAt: { less_than: range.end.toISOString() } },
      ],
    },
    select: { unit: true, status: true, rejectReason: true, answerState: true },
  })
  return docs.map((item) => ({
    unit: idOf(item.unit),
    status: item.status ?? 'new',
    rejectReason: item.rejectReason ?? null,
    answerState: item.answerState ?? null,
  }))
}

/**
 * «Có» / «Không» per material during the year, with the material's owning unit; procedure pages'
 * clicks (counter rows without a material) as one row for the province. Summed by the database.
 */
export async function loadHelpfulness(payload: Payload, range: YearRange): Promise<HelpfulnessRecord[]> {
  const rows = await counterStore(payload).sum({
    from: range.from,
    to: range.to,
    by: ['material', 'event'],
    events: ['helpful', 'not-helpful'],
  })
  const byMaterial = new Map<string, { helpful: number; notHelpful: number }>()
  for (const row of rows) {
    const key = row.material ?? ''
    const counts = byMaterial.get(key) ?? { helpful: 0, notHelpful: 0 }
    if (row.event === 'helpful') counts.helpful += row.count
    else if (row.event === 'not-helpful') counts.notHelpful += row.count
    byMaterial.set(key, counts)
  }
  const ids = [...byMaterial.keys()].filter(Boolean)
  const owners = new Map<string, string | null>()
  if (ids.length > 0) {
    const { docs } = await payload.find({
      collection: 'materials',
      where: { id: { in: ids } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { ownerUnit: true },
    })
    for (const material of docs) owners.set(String(material.id), idOf(material.ownerUnit))
  }
  return [...byMaterial].map(([material, counts]) => ({
    material: material || null,
    procedure: null,
    unit: material ? (owners.get(material) ?? null) : null,
    ...counts,
  }))
}
