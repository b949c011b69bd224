import { type UsageFigures, addEvent, emptyFigures } from './columns'
import { type Day, type DayRange, type UsagePeriod, daysBetween } from './periods'

/** One bar of the chart: a day (last 30 days) or a month (a year). */
export interface SeriesPoint {
  key: string
  label: string
  figures: UsageFigures
}

const dayLabel = (day: Day): string => `${day.slice(8, 10)}/${day.slice(5, 7)}`

/** The points of the period, empty ones included, so the chart's axis has no gaps. */
function emptyPoints(period: UsagePeriod, range: DayRange): SeriesPoint[] {
  if (period === 'last30') {
    return daysBetween(range).map((day) => ({ key: day, label: dayLabel(day), figures: emptyFigures() }))
  }
  const year = range.from.slice(0, 4)
  return Array.from({ length: 12 }, (_, index) => ({
    key: `${year}-${String(index + 1).padStart(2, '0')}`,
    label: `Tháng ${index + 1}`,
    figures: emptyFigures(),
  }))
}

/** Sums counters by day (last 30 days) or by month (a year). */
export function usageSeries(
  period: UsagePeriod,
  range: DayRange,
  rows: readonly { day: Day; event: string; count: number }[],
): SeriesPoint[] {
  const points = emptyPoints(period, range)
  const byKey = new Map(points.map((point) => [point.key, point]))
  const keyOf = period === 'last30' ? (day: Day) => day : (day: Day) => day.slice(0, 7)
  for (const row of rows) {
    const point = byKey.get(keyOf(row.day))
    if (point) addEvent(point.figures, row.event, row.count)
  }
  return points
}
