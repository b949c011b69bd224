/**
 * The filters that say which records count for a year, shared by the loaders and by the dashboard's
 * links to the records behind each figure, so both always show the same records.
 */
import type { Where } from 'payload'

import type { YearRange } from './standing'

/** Materials a unit counts for the year: published now, published or updated during the year. */
export function materialsOfYearWhere(range: YearRange): Where & { and: Where[] } {
  return {
    and: [
      { _status: { equals: 'published' } },
      { updatedAt: { greater_than_equal: range.start.toISOString() } },
      { updatedAt: { less_than: range.end.toISOString() } },
    ],
  }
}
