/**
 * What the feedback target reads: the year's feedback items (answering unit, status, reason, review
 * state) and the «Có» / «Không» counters of the material and procedure pages (cms/usage/).
 */
import type { Payload } from 'payload'

import { helpfulnessTotals } from '../usage/helpfulness'
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
 * «Có» / «Không» per material during the year, with the material's owning unit, and per procedure page
 * (the province's). From the usage counters (cms/usage/helpfulness.ts).
 */
export async function loadHelpfulness(payload: Payload, range: YearRange): Promise<HelpfulnessRecord[]> {
  const totals = await helpfulnessTotals(payload, { from: range.from, to: range.to })
  const ids = [...totals.materials.keys()]
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
  return [
    ...[...totals.materials].map(([material, counts]) => ({
      material,
      procedure: null,
      unit: owners.get(material) ?? null,
      ...counts,
    })),
    ...[...totals.procedures].map(([procedure, counts]) => ({ material: null, procedure, unit: null, ...counts })),
  ]
}
