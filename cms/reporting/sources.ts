/**
 * The other parts of issue 17 the figures read: usage counters and portal sightings (cms/usage/query.ts),
 * approved outreach activities (the rule of cms/activities/query.ts: approved only, anything else counts nowhere).
 */
import type { Payload } from 'payload'

import { approvedActivityFields } from '../activities/query'
import { portalSightings, usageTotals } from '../usage/query'
import { idOf, idsOf } from '../vocabulary/ids'
import type { UsageEvent } from '../vocabulary/usage'
import type { ActivityRecord, SightingRecord } from './evidence'
import type { YearRange } from './standing'

export interface UsageEvidence {
  unitsWithPortal: Set<string>
  sightings: SightingRecord[]
  usageByUnit: Map<string, Partial<Record<UsageEvent, number>>>
  provinceUsage: Partial<Record<UsageEvent, number>>
}

/** Sums each material's counts into its owning unit's (one read of the materials' owners). */
async function usageOfUnits(
  payload: Payload,
  perMaterial: { material: string; counts: Record<UsageEvent, number> }[],
): Promise<Map<string, Partial<Record<UsageEvent, number>>>> {
  const byUnit = new Map<string, Partial<Record<UsageEvent, number>>>()
  if (perMaterial.length === 0) return byUnit
  const { docs } = await payload.find({
    collection: 'materials',
    depth: 0,
    pagination: false,
    select: { ownerUnit: true },
    overrideAccess: true,
  })
  const ownerOf = new Map(docs.map((m) => [String(m.id), idOf(m.ownerUnit)]))
  for (const { material, counts } of perMaterial) {
    const owner = ownerOf.get(material)
    if (!owner) continue
    const sums = byUnit.get(owner) ?? {}
    for (const [event, count] of Object.entries(counts) as [UsageEvent, number][])
      sums[event] = (sums[event] ?? 0) + count
    byUnit.set(owner, sums)
  }
  return byUnit
}

export async function loadUsageEvidence(payload: Payload, range: YearRange): Promise<UsageEvidence> {
  const days = { from: range.from, to: range.to }
  const [units, sightings, totals] = await Promise.all([
    payload.find({
      collection: 'units',
      depth: 0,
      pagination: false,
      select: { portalHosts: true },
      overrideAccess: true,
    }),
    portalSightings(payload, days),
    usageTotals(payload, days),
  ])
  return {
    unitsWithPortal: new Set(units.docs.filter((u) => (u.portalHosts ?? []).length > 0).map((u) => String(u.id))),
    sightings: sightings.map(({ unit, hosts, firstSeen, lastSeen, loads }) => ({
      unit,
      hosts,
      firstSeen,
      lastSeen,
      loads,
    })),
    usageByUnit: await usageOfUnits(payload, totals.materials),
    provinceUsage: { ...totals.total },
  }
}

/**
 * Approved activities that started in the year, read through cms/activities/query.ts (approvedActivities:
 * approved only, start day within the year in Vietnam) with only the fields the figures use, read at the
 * adapter (approvedActivityFields): 5,000 activities in ~0.15 s where whole documents took ~1.4 s.
 */
export async function loadApprovedActivities(payload: Payload, range: YearRange): Promise<ActivityRecord[]> {
  const docs = await approvedActivityFields(
    payload,
    { from: range.start, to: range.end },
    { kind: true, unit: true, startDate: true, materials: true, reach: true },
  )
  return docs.flatMap((activity) => {
    const unit = idOf(activity.unit)
    if (!unit || !activity.kind || !activity.startDate) return []
    const reach = activity.reach ?? {}
    return [
      {
        id: activity.id,
        kind: activity.kind,
        unit,
        startDate: activity.startDate,
        materials: idsOf(activity.materials),
        reach: {
          people: reach.people ?? undefined,
          copies: reach.copies ?? undefined,
          minutes: reach.minutes ?? undefined,
          times: reach.times ?? undefined,
        },
      },
    ]
  })
}
