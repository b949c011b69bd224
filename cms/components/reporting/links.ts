/**
 * Links from each figure to the records behind it: admin list URLs with where-filters
 * (Payload's list view reads `where[...]` from the address), and the coverage view.
 */
import { EMBED_EVENTS } from '../../vocabulary/usage'
import { COVERAGE_VIEW_PATH, adminHref } from '../procedures/paths'
import { materialsOfYearWhere } from '../../reporting/where'
import { type YearRange, yearRange } from '../../reporting/standing'
import type { TargetId } from '../../reporting/types'

type Condition = Record<string, Record<string, unknown>>

/** `where[and][0][field][op]=value` (arrays as `[in][0]=…`), as Payload's admin list reads it. */
export function whereQuery(conditions: readonly Condition[]): string {
  const params = new URLSearchParams()
  conditions.forEach((condition, index) => {
    for (const [field, ops] of Object.entries(condition))
      for (const [op, value] of Object.entries(ops)) {
        const key = `where[and][${index}][${field}][${op}]`
        if (Array.isArray(value)) value.forEach((item, i) => params.append(`${key}[${i}]`, String(item)))
        else params.append(key, String(value))
      }
  })
  return params.toString()
}

const listHref = (adminRoute: string, collection: string, conditions: Condition[]): string =>
  `${adminHref(adminRoute, `/collections/${collection}`)}?${whereQuery(conditions)}`

const ACTIVITY_KINDS: Partial<Record<TargetId, string>> = {
  'team-training': 'training-team',
  'staff-training': 'training-staff',
}

function activitiesHref(adminRoute: string, range: YearRange, target: TargetId, unit?: string): string {
  const kind = ACTIVITY_KINDS[target]
  return listHref(adminRoute, 'outreach-activities', [
    { reviewState: { equals: 'approved' } },
    { startDate: { greater_than_equal: range.start.toISOString() } },
    { startDate: { less_than: range.end.toISOString() } },
    ...(kind ? [{ kind: { equals: kind } }] : []),
    ...(unit ? [{ unit: { equals: unit } }] : []),
  ])
}

function usageHref(adminRoute: string, range: YearRange, hosts?: string[]): string {
  return listHref(adminRoute, 'usage-counts', [
    { event: { in: [...EMBED_EVENTS] } },
    { day: { greater_than_equal: range.from } },
    { day: { less_than_equal: range.to } },
    ...(hosts && hosts.length > 0 ? [{ host: { in: hosts } }] : []),
  ])
}

function materialsHref(adminRoute: string, range: YearRange, unit?: string): string {
  return listHref(adminRoute, 'materials', [
    ...(materialsOfYearWhere(range).and as Condition[]),
    ...(unit ? [{ ownerUnit: { equals: unit } }] : []),
  ])
}

/** The records behind a target's figure (province-wide) or behind one unit's standing; null for none. */
export function recordsHref(
  adminRoute: string,
  year: number,
  target: TargetId,
  unit?: { id: string; hosts?: string[] },
): string | null {
  const range = yearRange(year)
  switch (target) {
    case 'portal-embed':
      return unit && !unit.hosts?.length ? null : usageHref(adminRoute, range, unit?.hosts)
    case 'unified-materials':
      return materialsHref(adminRoute, range, unit?.id)
    case 'grassroots-outreach':
    case 'team-training':
    case 'staff-training':
      return activitiesHref(adminRoute, range, target, unit?.id)
    case 'procedure-guides':
      return adminHref(adminRoute, COVERAGE_VIEW_PATH)
    default:
      return null
  }
}

/** The approved activities of a unit in the year, any kind (the unit totals' link). */
export const unitActivitiesHref = (adminRoute: string, year: number, unit: string): string =>
  activitiesHref(adminRoute, yearRange(year), 'grassroots-outreach', unit)
