import type { Payload, Where } from 'payload'

import type { DocId } from '../vocabulary/ids'
import { idOf } from '../vocabulary/ids'
import { EMBED_EVENTS, USAGE_EVENTS, type UsageEvent } from '../vocabulary/usage'
import { counterStore } from './db'
import { daysBetween } from './day'
import { hostMatchKey } from './hosts'

/**
 * What the reports read of the usage counters (issue 17). Days are 'YYYY-MM-DD' in Asia/Ho_Chi_Minh,
 * `from` and `to` inclusive (cms/usage/day.ts: usageDay). Sums are made by the database
 * (GROUP BY / $group), so a year of counters costs one query, not a read of every row.
 */
export interface UsageRange {
  from: string
  to: string
}

/** Narrows to materials: listed ones, those owned by these units (ownerUnit), on these topics; all given must hold. */
export interface UsageFilter extends UsageRange {
  materials?: readonly DocId[]
  units?: readonly DocId[]
  topics?: readonly DocId[]
}

export type EventCounts = Record<UsageEvent, number>

const USAGE_EVENT_SET = new Set<string>(USAGE_EVENTS.map(({ value }) => value))
/** Usage events only: helpfulness rows (issue 19) share the counters but not these sums. */
const isUsageEvent = (event: string | undefined): event is UsageEvent =>
  event !== undefined && USAGE_EVENT_SET.has(event)

export interface UsageTotals {
  /** Every event summed over the range and the filter. */
  total: EventCounts
  /** Per material with any count, most viewed first; ids as strings. */
  materials: { material: string; counts: EventCounts }[]
}

export interface DayCounts {
  day: string
  counts: EventCounts
}

/** A unit whose portal loaded the library's embeds in the range: the plan's first two targets' evidence. */
export interface PortalSighting {
  unit: string
  unitName: string
  /** The unit's portal hosts the loads came from (as the beacons named them). */
  hosts: string[]
  firstSeen: string
  lastSeen: string
  loads: number
}

export const emptyCounts = (): EventCounts =>
  Object.fromEntries(USAGE_EVENTS.map(({ value }) => [value, 0])) as EventCounts

/** The material ids the filter allows as strings, or undefined when it allows every material. */
async function allowedMaterials(payload: Payload, filter: UsageFilter): Promise<Set<string> | undefined> {
  const and: Where[] = []
  if (filter.materials) and.push({ id: { in: [...filter.materials] } })
  if (filter.units) and.push({ ownerUnit: { in: [...filter.units] } })
  if (filter.topics) and.push({ topics: { in: [...filter.topics] } })
  if (and.length === 0) return undefined
  if ([filter.materials, filter.units, filter.topics].some((list) => list && list.length === 0)) return new Set()
  const found = await payload.find({
    collection: 'materials',
    where: { and },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(found.docs.map((doc) => String(doc.id)))
}

const range = ({ from, to }: UsageRange): UsageRange => ({ from, to })

const admits = (allowed: Set<string> | undefined, material: string | undefined): boolean =>
  !allowed || (material !== undefined && allowed.has(material))

export async function usageTotals(payload: Payload, filter: UsageFilter): Promise<UsageTotals> {
  const allowed = await allowedMaterials(payload, filter)
  const total = emptyCounts()
  if (allowed?.size === 0) return { total, materials: [] }
  const only = allowed && [...allowed]
  const rows = await counterStore(payload).sum({ ...range(filter), by: ['material', 'event'], materials: only })
  const perMaterial = new Map<string, EventCounts>()
  for (const row of rows) {
    if (!isUsageEvent(row.event) || !admits(allowed, row.material)) continue
    const material = row.material ?? ''
    const counts = perMaterial.get(material) ?? emptyCounts()
    counts[row.event] += row.count
    total[row.event] += row.count
    perMaterial.set(material, counts)
  }
  const materials = [...perMaterial].map(([material, counts]) => ({ material, counts }))
  materials.sort((a, b) => b.counts.view - a.counts.view || a.material.localeCompare(b.material))
  return { total, materials }
}

/** One entry per calendar day of the range (zeros included), oldest first: ready for a chart. */
export async function usageByDay(payload: Payload, filter: UsageFilter): Promise<DayCounts[]> {
  const allowed = await allowedMaterials(payload, filter)
  const days = new Map(daysBetween(filter.from, filter.to).map((day) => [day, emptyCounts()]))
  if (allowed?.size === 0) return [...days].map(([day, counts]) => ({ day, counts }))
  const by = allowed ? (['day', 'material', 'event'] as const) : (['day', 'event'] as const)
  const only = allowed && [...allowed]
  const rows = await counterStore(payload).sum({ ...range(filter), by, materials: only })
  for (const row of rows) {
    const counts = row.day ? days.get(row.day) : undefined
    if (!counts || !isUsageEvent(row.event) || !admits(allowed, row.material)) continue
    counts[row.event] += row.count
  }
  return [...days].map(([day, counts]) => ({ day, counts }))
}

interface PortalUnit {
  id: string
  name: string
  hosts: Set<string>
}

async function unitsWithPortals(payload: Payload): Promise<PortalUnit[]> {
  const found = await payload.find({
    collection: 'units',
    select: { name: true, portalHosts: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return found.docs
    .filter((unit) => (unit.portalHosts ?? []).length > 0)
    .map((unit) => ({
      id: idOf(unit.id) ?? '',
      name: unit.name,
      hosts: new Set((unit.portalHosts ?? []).map((row) => hostMatchKey(row.host))),
    }))
}

/** Units whose portal host loaded an embed in the range, with first/last day seen and the loads; by unit name. */
export async function portalSightings(payload: Payload, range: UsageRange): Promise<PortalSighting[]> {
  const [units, rows] = await Promise.all([
    unitsWithPortals(payload),
    counterStore(payload).sum({ ...range, by: ['host'], events: EMBED_EVENTS, withHost: true }),
  ])
  const sightings: PortalSighting[] = []
  for (const unit of units) {
    const seen = rows.filter((row) => row.host && unit.hosts.has(hostMatchKey(row.host)))
    if (seen.length === 0) continue
    const firstDays = seen.map((row) => row.firstDay).sort()
    const lastDays = seen.map((row) => row.lastDay).sort()
    sightings.push({
      unit: unit.id,
      unitName: unit.name,
      hosts: seen.map((row) => row.host ?? '').sort(),
      firstSeen: firstDays[0] ?? '',
      lastSeen: lastDays[lastDays.length - 1] ?? '',
      loads: seen.reduce((sum, row) => sum + row.count, 0),
    })
  }
  return sightings.sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi'))
}
