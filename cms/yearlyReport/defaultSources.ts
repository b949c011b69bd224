import { yearFigures } from '../reporting/figures'
import { reportActivities } from './activities'
import type { ReportSources } from './sources'

/** The figures from cms/reporting/figures.ts; the list of approved activities from cms/activities/query.ts. */
export const defaultSources: ReportSources = {
  figures: (payload, year, now) => yearFigures(payload, year, now),
  activities: reportActivities,
}
