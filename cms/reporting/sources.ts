/**
 * The other parts of issue 17 the figures read: usage counters and portal sightings (cms/usage/query.ts),
 * approved outreach activities (the rule of cms/activities/query.ts: approved only, anything else counts nowhere).
 */
import type { Payload } from 'payload'

import { approvedActivityFields } from '../activities/query'
import { type ApprovedActivityRow, approvedActivityRowsSql } from '../activities/sqlRows'
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

/** The year's approved activities: plain SQL on SQLite and PostgreSQL, the adapter's find on MongoDB. */
async function readApprovedActivities(payload: Payload, range: YearRange): Promise<ApprovedActivityRow[]> {
  const bounds = { start: range.start, end: range.end }
  if (payload.db.name !== 'mongoose')
    return approvedActivityRowsSql(payload, payload.db.name === 'postgres' ? 'postgres' : 'sqlite', bounds)
  const docs = await approvedActivityFields(
    payload,
    { from: bounds.start, to: bounds.end },
    { kind: true, unit: true, startDate: true, materials: true, reach: true },
  )
  return docs.map((activity) => ({
    id: activity.id,
    kind: activity.kind ?? '',
    unit: idOf(activity.unit),
    startDate: activity.startDate ?? '',
    materials: idsOf(activity.materials),
    reach: {
      people: activity.reach?.people ?? null,
      copies: activity.reach?.copies ?? null,
      minutes: activity.reach?.minutes ?? null,
      times: activity.reach?.times ?? null,
    },
  }))
}

/**
 * Approved activities that started in the year, by the rule of cms/activities/query.ts (approved only,
 * start day within the year in Vietnam), only the fields the figures use: 5,000 activities in ~40 ms on
 * SQLite (cms/activities/sqlRows.ts) where whole documents through Payload's find took ~1.4 s.
 */
export async function loadApprovedActivities(payload: Payload, range: YearRange): Promise<ActivityRecord[]> {
  const rows = await readApprovedActivities(payload, range)
  return rows.flatMap(({ id, kind, unit, startDate, materials, reach }) =>
    unit && kind && startDate
      ? [
          {
            id,
            kind,
            unit,
            startDate,
            materials,
            reach: {
              people: reach.people ?? undefined,
              copies: reach.copies ?? undefined,
              minutes: reach.minutes ?? undefined,
              times: reach.times ?? undefined,
            },
          },
        ]
      : [],
  )
}
