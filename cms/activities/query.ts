import type { Payload, Where } from 'payload'

import type { OutreachActivity } from '../payload-types'
import type { ActivityKind } from '../vocabulary'
import { endOfDayInVietnam, startOfDayInVietnam } from './dates'

export type ApprovedActivitiesQuery = {
  /** First day, 'YYYY-MM-DD' (a calendar day in Vietnam) or a Date. */
  from: string | Date
  /** Last day, inclusive, as 'YYYY-MM-DD'; or a Date: the first moment NOT included (a year's end bound). */
  to: string | Date
  units?: readonly (string | number)[]
  kinds?: readonly ActivityKind[]
}

const dayStart = (value: string | Date): Date =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? startOfDayInVietnam(value) : new Date(value)

const dayEnd = (value: string | Date): Date =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? endOfDayInVietnam(value) : new Date(value)

/** Fields to read when a caller needs only some. */
export type ActivitySelect = Partial<Record<keyof OutreachActivity, true>>

/** The approved-activities rule as a Payload query: approved, start day within [from, to], units, kinds. */
function approvedWhere(query: ApprovedActivitiesQuery): Where {
  const and: Where[] = [
    { reviewState: { equals: 'approved' } },
    { startDate: { greater_than_equal: dayStart(query.from).toISOString() } },
    { startDate: { less_than: dayEnd(query.to).toISOString() } },
  ]
  if (query.units) and.push({ unit: { in: [...query.units] } })
  if (query.kinds) and.push({ kind: { in: [...query.kinds] } })
  return { and }
}

/**
 * THE place reporting reads outreach activities from: approved ones only (a draft, a submitted or a
 * returned activity counts nowhere), whose start day falls within [from, to], optionally of some units or
 * kinds. Depth 0: `unit` and `materials` are ids. Sorted by start date, oldest first. With `select`, only
 * those fields (and the id) are read: 5,000 whole activities carry their evidence and review history.
 */
export async function approvedActivities(
  payload: Payload,
  query: ApprovedActivitiesQuery,
  options: { select?: ActivitySelect } = {},
): Promise<OutreachActivity[]> {
  const { docs } = await payload.find({
    collection: 'outreach-activities',
    where: approvedWhere(query),
    depth: 0,
    pagination: false,
    sort: 'startDate',
    overrideAccess: true,
    ...(options.select ? { select: options.select } : {}),
  })
  return docs as OutreachActivity[]
}

/**
 * The same activities (same rule, same order) with only the `select`ed fields, as the database adapter
 * stores them: no afterRead hooks run (the collection has none), so 5,000 activities read in a third of
 * the time of `approvedActivities` (the targets dashboard, cms/reporting/sources.ts). Every adapter.
 */
export async function approvedActivityFields(
  payload: Payload,
  query: ApprovedActivitiesQuery,
  select: ActivitySelect,
): Promise<(Partial<OutreachActivity> & Pick<OutreachActivity, 'id'>)[]> {
  const { docs } = await payload.db.find<OutreachActivity>({
    collection: 'outreach-activities',
    where: approvedWhere(query),
    select,
    limit: 0,
    pagination: false,
    sort: 'startDate',
  })
  return docs
}
